#include "app/reports/reportactions.h"

#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "app/reports/reportdialog.h"
#include "core/io/backupexporter.h"
#include "core/io/backupimporter.h"
#include "core/io/markdownexporter.h"
#include "core/util/timestamps.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QWidget>

namespace myfyrio {

ReportActions::ReportActions(const Database& database, QMenu& menu, QWidget* window)
    : QObject(window),
      m_database(database),
      m_window(window),
      m_report(new QAction(this)),
      m_exportBackup(new QAction(this)),
      m_importBackup(new QAction(this)),
      m_exportMarkdown(new QAction(this))
{
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setShortcut(QKeySequence::Print);
    m_exportBackup->setObjectName(QStringLiteral("exportBackup"));
    m_importBackup->setObjectName(QStringLiteral("importBackup"));
    m_exportMarkdown->setObjectName(QStringLiteral("exportMarkdown"));
    menu.addAction(m_report);
    menu.addSeparator();
    menu.addAction(m_exportBackup);
    menu.addAction(m_importBackup);
    menu.addAction(m_exportMarkdown);
    menu.addSeparator();
    connect(m_report, &QAction::triggered, this, &ReportActions::showReport);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    connect(m_exportBackup, &QAction::triggered, this, [this, documents] {
        const QString name = QStringLiteral("myfyrio-%1.json").arg(timestamps::toStorage(QDate::currentDate()));
        const QString path = FileDialog::getSaveFileName(m_window, tr("Export Backup"), QDir(documents).filePath(name),
                                                         tr("Myfyrio backups (*.json)"));
        if (!path.isEmpty())
            exportBackup(path);
    });
    connect(m_importBackup, &QAction::triggered, this, [this, documents] {
        const QString path =
            FileDialog::getOpenFileName(m_window, tr("Import Backup"), documents, tr("Myfyrio backups (*.json)"));
        if (path.isEmpty())
            return;
        const auto answer = MessageBox::question(m_window, tr("Import Backup"),
                                                 //: %1 is a file name or folder.
                                                 tr("Records in the backup that the journal does not have "
                                                    "will be added. Records the journal already "
                                                    "has are kept as they are. Import “%1”?")
                                                     .arg(QDir::toNativeSeparators(path)));
        if (answer == QMessageBox::Yes)
            importBackup(path);
    });
    connect(m_exportMarkdown, &QAction::triggered, this, [this, documents] {
        const QString folder = FileDialog::getExistingDirectory(m_window, tr("Export as Markdown"), documents);
        if (!folder.isEmpty())
            exportMarkdown(folder);
    });
    window->installEventFilter(this);
    retranslate();
}

void ReportActions::retranslate()
{
    m_report->setText(tr("&Report…"));
    m_exportBackup->setText(tr("Export &Backup…"));
    m_importBackup->setText(tr("&Import Backup…"));
    m_exportMarkdown->setText(tr("Export as &Markdown…"));
}

bool ReportActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReportActions::showReport()
{
    ReportDialog dialog(m_database, m_window);
    if (m_currentSearch)
        dialog.setCurrentSearch(m_currentSearch());
    dialog.exec();
}

void ReportActions::inform(const QString& title, const QString& message, bool failed)
{
    m_lastMessage = message;
    if (failed)
        MessageBox::warning(m_window, title, message);
    else
        MessageBox::information(m_window, title, message);
}

void ReportActions::exportBackup(const QString& path)
{
    auto written = BackupExporter(m_database).write(path);
    inform(tr("Export Backup"),
           //: %1 is a file name or folder.
           written ? tr("The whole journal was written to “%1”.").arg(QDir::toNativeSeparators(path)) : written.error(),
           !written);
}

void ReportActions::importBackup(const QString& path)
{
    auto report = BackupImporter(m_database).importFile(path);
    if (!report) {
        inform(tr("Import Backup"), report.error(), true);
        return;
    }
    //: %1 is a number.
    QString message = tr("Records added: %1").arg(report->added)
                      + QLatin1Char('\n')
                      //: %1 is a number.
                      + tr("Records already in the journal: %1").arg(report->unchanged);
    if (!report->conflicts.isEmpty())
        message += QLatin1Char('\n')
                   //: %1 is a number.
                   + tr("Records that differ, kept as the journal has them: %1").arg(report->conflicts.size())
                   + QLatin1Char('\n') + report->conflicts.join(QLatin1Char('\n'));
    if (!report->skipped.isEmpty())
        //: %1 is how many records were left out.
        message += QLatin1Char('\n') + tr("Records left out: %1").arg(report->skipped.size()) + QLatin1Char('\n')
                   + report->skipped.mid(0, 20).join(QLatin1Char('\n'));
    inform(tr("Import Backup"), message, false);
}

void ReportActions::exportMarkdown(const QString& folder)
{
    auto written = MarkdownExporter(m_database).write(folder);
    //: %1 is a number of files.
    const QString files = written ? tr("Files written: %1").arg(*written) : written.error();
    inform(tr("Export as Markdown"), files, !written);
}

} // namespace myfyrio
