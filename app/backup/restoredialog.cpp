#include "app/backup/restoredialog.h"

#include "app/dialogs/messagebox.h"
#include "core/backup/backupcatalog.h"
#include "core/backup/backupservice.h"
#include "core/storage/database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace myfyrio {

namespace {

constexpr int previewLimit = 500;

enum Column { Made, Why, Reflections, Agreements, Newest, Size, State, ColumnCount };

QString when(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

RestoreDialog::RestoreDialog(const Database& database, QWidget* parent)
    : QDialog(parent),
      m_database(database),
      m_intro(new QLabel(this)),
      m_state(new QLabel(this)),
      m_list(new QTreeWidget(this)),
      m_previewHeading(new QLabel(this)),
      m_preview(new QTreeWidget(this)),
      m_restoreButton(new QPushButton(this)),
      m_closeButton(new QPushButton(this)),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("restoreDialog"));
    m_intro->setWordWrap(true);
    m_state->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setStretchLastSection(true);
    m_preview->setObjectName(QStringLiteral("backupPreview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setColumnCount(2);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->header()->setStretchLastSection(true);
    m_previewHeading->setBuddy(m_preview);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setEnabled(false);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restoreButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_state);
    layout->addWidget(m_previewHeading);
    layout->addWidget(m_preview, 2);
    layout->addWidget(buttons);
    resize(860, 600);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::selectionChanged);
    retranslate();

    m_backups = BackupCatalog::list(m_database.path(), BackupCatalog::Depth::Names);
    for (int row = 0; row < m_backups.size(); ++row)
        showBackup(row, m_backups.at(row));
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_list->resizeColumnToContents(column);
    startReading();
}

RestoreDialog::~RestoreDialog()
{
    stopWorkers();
}

void RestoreDialog::stopWorkers()
{
    ++m_generation; // what the stopped workers still send is ignored
    m_cancel->store(true);
    for (QThread* thread : {m_reader, m_previewer}) {
        if (thread) {
            thread->wait();
            delete thread;
        }
    }
    m_reader = nullptr;
    m_previewer = nullptr;
}

void RestoreDialog::startReading()
{
    QStringList paths;
    for (const BackupInfo& backup : std::as_const(m_backups))
        paths << backup.path;
    if (paths.isEmpty()) {
        m_loaded = true;
        retranslate();
        return;
    }
    auto cancel = m_cancel;
    m_reader = QThread::create([this, paths, cancel, generation = m_generation] {
        for (int row = 0; row < paths.size() && !cancel->load(); ++row) {
            const BackupInfo read = BackupCatalog::read(paths.at(row), BackupCatalog::Depth::Contents, true);
            QMetaObject::invokeMethod(
                this,
                [this, row, read, generation] {
                    if (generation != m_generation)
                        return;
                    BackupInfo shown = read;
                    shown.created = m_backups.at(row).created;
                    shown.reason = m_backups.at(row).reason;
                    m_backups[row] = shown;
                    showBackup(row, shown);
                    updateRestoreButton();
                },
                Qt::QueuedConnection);
        }
    });
    connect(m_reader, &QThread::finished, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return;
        m_loaded = true;
        for (int column = 0; column < ColumnCount - 1; ++column)
            m_list->resizeColumnToContents(column);
        retranslate();
    });
    m_reader->start();
}

void RestoreDialog::showBackup(int row, const BackupInfo& backup)
{
    QTreeWidgetItem* item = m_list->topLevelItem(row);
    if (!item)
        item = new QTreeWidgetItem(m_list);
    const QLocale locale;
    item->setText(Made, when(backup.created));
    item->setText(Why, BackupReasons::describe(backup.reason));
    item->setText(Size, locale.formattedDataSize(backup.bytes));
    for (const int column : {Reflections, Agreements, Size})
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    if (!backup.read) {
        for (const int column : {Reflections, Agreements, Newest})
            item->setText(column, QString());
        item->setText(State, tr("Reading…"));
        return;
    }
    item->setText(Reflections, backup.ok ? locale.toString(backup.reflections) : QString());
    item->setText(Agreements, backup.ok ? locale.toString(backup.agreements) : QString());
    item->setText(Newest, backup.ok && backup.newestEntry.isValid()
                              ? locale.toString(backup.newestEntry, QLocale::ShortFormat)
                              : QString());
    item->setText(State, backup.ok ? tr("Passes its check") : tr("Cannot be restored"));
    item->setToolTip(State, backup.ok ? QString() : backup.problem);
}

void RestoreDialog::selectBackup(int row)
{
    if (QTreeWidgetItem* item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

void RestoreDialog::selectionChanged()
{
    updateRestoreButton();
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    const QString path = m_backups.at(row).path;
    m_previewPath = path;
    m_previewLoaded = false;
    m_preview->clear();
    m_previewHeading->setText(tr("Reading what this backup holds…"));
    if (m_previewer)
        return; // the running one starts the next when it is done
    auto cancel = m_cancel;
    m_previewer = QThread::create([this, path, cancel] {
        auto entries = BackupCatalog::preview(path, previewLimit + 1, true);
        if (cancel->load())
            return;
        QStringList rows;
        QString problem;
        if (entries) {
            for (const BackupCatalog::Entry& entry : std::as_const(*entries))
                rows << entry.date.toString(Qt::ISODate) + QLatin1Char('\t') + entry.title;
        } else {
            problem = entries.error();
        }
        QMetaObject::invokeMethod(
            this, [this, path, rows, problem] { showPreview(path, rows, problem); }, Qt::QueuedConnection);
    });
    connect(m_previewer, &QThread::finished, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return;
        m_previewer->deleteLater();
        m_previewer = nullptr;
        if (!m_previewLoaded)
            selectionChanged(); // another backup was chosen meanwhile
    });
    m_previewer->start();
}

void RestoreDialog::showPreview(const QString& path, const QStringList& rows, const QString& problem)
{
    if (path != m_previewPath)
        return;
    m_preview->clear();
    const QLocale locale;
    const int shown = qMin<int>(rows.size(), previewLimit);
    for (int i = 0; i < shown; ++i) {
        const QString date = rows.at(i).section(QLatin1Char('\t'), 0, 0);
        auto* item = new QTreeWidgetItem(m_preview);
        item->setText(0, locale.toString(QDate::fromString(date, Qt::ISODate), QLocale::ShortFormat));
        item->setText(1, rows.at(i).section(QLatin1Char('\t'), 1));
    }
    m_preview->resizeColumnToContents(0);
    if (!problem.isEmpty())
        m_previewHeading->setText(problem);
    else if (rows.isEmpty())
        m_previewHeading->setText(tr("This backup holds no reflections."));
    else if (rows.size() > previewLimit)
        //: %L1 is how many of the newest reflections are listed.
        m_previewHeading->setText(tr("What this backup holds (the newest %L1 reflections):").arg(previewLimit));
    else
        m_previewHeading->setText(tr("What this backup holds:"));
    m_previewLoaded = true;
}

void RestoreDialog::updateRestoreButton()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_restoreButton->setEnabled(row >= 0 && m_backups.at(row).read && m_backups.at(row).ok && !m_database.isReadOnly());
}

bool RestoreDialog::restoreSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || !m_restoreButton->isEnabled())
        return false;
    const BackupInfo chosen = m_backups.at(row);
    //: %1 is when the backup was made.
    QMessageBox box(QMessageBox::Question, tr("Restore from Backup"),
                    //: %1 is when the backup was made, a date and time.
                    tr("Restore the backup made %1?").arg(when(chosen.created)), QMessageBox::NoButton, this);
    //: %L1 and %L2 are numbers.
    box.setInformativeText(tr("Your journal will be replaced by this backup, which holds reflections: %L1, "
                              "agreements: %L2. The journal as it is now is backed up first, so you can come back "
                              "to it from this list.")
                               .arg(chosen.reflections)
                               .arg(chosen.agreements));
    QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    if (MessageBox::exec(box) != restore)
        return false;

    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = m_database.backups().restore(chosen.path);
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (!restored) {
        MessageBox::warning(this, tr("Restore from Backup"), restored.error());
        return false;
    }
    //: %1 is when the restored backup was made; %2 when the backup of the journal as it was was made.
    MessageBox::information(this, tr("Restore from Backup"),
                            //: %1 is when the backup was made, a date and time.
                            tr("The backup made %1 has been restored. Your journal as it was is kept in the backup "
                               "made %2.")
                                .arg(when(chosen.created), when(restored->created)));
    accept();
    return true;
}

void RestoreDialog::retranslate()
{
    setWindowTitle(tr("Restore from Backup"));
    m_intro->setText(tr("Myfyrio backs up your journal by itself. Choose a backup to see what it holds, then "
                        "restore it. The journal as it is now is backed up first, so a restore can be undone."));
    m_list->setHeaderLabels(
        {tr("Made"), tr("Why"), tr("Reflections"), tr("Agreements"), tr("Newest entry"), tr("Size"), tr("Check")});
    m_list->setAccessibleName(tr("Backups"));
    m_preview->setHeaderLabels({tr("Date"), tr("Title")});
    m_preview->setAccessibleName(tr("What the chosen backup holds"));
    if (m_backups.isEmpty())
        m_state->setText(tr("There are no backups of this journal yet. The first is made within a few minutes of "
                            "opening it."));
    else if (m_database.isReadOnly())
        m_state->setText(sql::readOnlySentence(m_database.readOnlyReason()));
    else
        m_state->setText(m_loaded ? QString() : tr("Reading the backups…"));
    m_state->setVisible(!m_state->text().isEmpty());
    if (!m_previewLoaded && m_previewPath.isEmpty())
        m_previewHeading->setText(tr("Choose a backup to see what it holds."));
    m_restoreButton->setText(tr("&Restore This Backup"));
    m_closeButton->setText(tr("Close"));
    for (int row = 0; row < m_backups.size(); ++row)
        showBackup(row, m_backups.at(row));
}

void RestoreDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace myfyrio
