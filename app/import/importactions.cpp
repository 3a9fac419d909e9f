#include "app/import/importactions.h"

#include "app/dialogs/filedialog.h"
#include "app/import/importdialog.h"
#include "app/import/importpreviewtext.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QMenu>
#include <QStandardPaths>
#include <QWidget>

namespace myfyrio {

ImportActions::ImportActions(const Database& database, QMenu& menu, QWidget* window)
    : QObject(window),
      m_database(database),
      m_window(window),
      m_menu(new QMenu(window)),
      m_redNotebook(new QAction(this)),
      m_dayOne(new QAction(this)),
      m_jrnl(new QAction(this)),
      m_markdown(new QAction(this))
{
    m_menu->setObjectName(QStringLiteral("importMenu"));
    m_redNotebook->setObjectName(QStringLiteral("importRedNotebook"));
    m_dayOne->setObjectName(QStringLiteral("importDayOne"));
    m_jrnl->setObjectName(QStringLiteral("importJrnl"));
    m_markdown->setObjectName(QStringLiteral("importMarkdown"));
    m_menu->addAction(m_redNotebook);
    m_menu->addAction(m_dayOne);
    m_menu->addAction(m_jrnl);
    m_menu->addAction(m_markdown);
    menu.addMenu(m_menu);
    menu.addSeparator();
    connect(m_redNotebook, &QAction::triggered, this, [this] { choose(SourceKind::RedNotebook); });
    connect(m_dayOne, &QAction::triggered, this, [this] { choose(SourceKind::DayOne); });
    connect(m_jrnl, &QAction::triggered, this, [this] { choose(SourceKind::Jrnl); });
    connect(m_markdown, &QAction::triggered, this, [this] { choose(SourceKind::Markdown); });
    window->installEventFilter(this);
    retranslate();
}

void ImportActions::retranslate()
{
    m_menu->setTitle(tr("Im&port"));
    m_redNotebook->setText(tr("From &RedNotebook…"));
    m_redNotebook->setStatusTip(tr("Import the entries of a RedNotebook journal folder."));
    m_dayOne->setText(tr("From &Day One…"));
    m_dayOne->setStatusTip(tr("Import a Day One JSON export (.zip or Journal.json)."));
    m_jrnl->setText(tr("From &jrnl…"));
    m_jrnl->setStatusTip(tr("Import a jrnl JSON export."));
    m_markdown->setText(tr("From &Markdown Folder…"));
    m_markdown->setStatusTip(tr("Import a folder of Markdown notes, such as an Obsidian vault."));
}

bool ImportActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ImportActions::choose(SourceKind kind)
{
    const QString home = QDir::homePath();
    const QString caption = ImportPreviewText::heading(kind);
    QString path;
    switch (kind) {
    case SourceKind::RedNotebook: {
        const QString usual = QDir(home).filePath(QStringLiteral(".rednotebook/data"));
        path = FileDialog::getExistingDirectory(m_window, caption, QDir(usual).exists() ? usual : home);
        break;
    }
    case SourceKind::DayOne:
        path = FileDialog::getOpenFileName(m_window, caption,
                                           QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                           tr("Day One exports (*.zip *.json)"));
        break;
    case SourceKind::Jrnl:
        path = FileDialog::getOpenFileName(m_window, caption, home, tr("jrnl exports (*.json)"));
        break;
    case SourceKind::Markdown:
        path = FileDialog::getExistingDirectory(m_window, caption,
                                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        break;
    }
    if (!path.isEmpty())
        importFrom(kind, path);
}

ImportDialog* ImportActions::dialog() const
{
    return m_dialog.data();
}

ImportDialog* ImportActions::importFrom(SourceKind kind, const QString& path)
{
    auto* dialog = new ImportDialog(m_database, kind, path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace myfyrio
