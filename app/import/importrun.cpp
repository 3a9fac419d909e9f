#include "app/import/importrun.h"

#include "core/i18n/translations.h"
#include "core/io/import/importbackup.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"

#include <QThread>

namespace myfyrio {

ImportRun::ImportRun(const Database& database, SourceKind kind, QString path, QObject* parent)
    : QObject(parent), m_database(database), m_kind(kind), m_path(std::move(path))
{}

ImportRun::~ImportRun()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void ImportRun::cancel()
{
    m_cancel = true;
}

void ImportRun::run(std::function<void()> work)
{
    m_cancel = false;
    m_thread.reset(QThread::create(std::move(work)));
    m_thread->start();
}

void ImportRun::finishThread()
{
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

void ImportRun::startReading()
{
    if (m_thread)
        return;
    const QString fallback = Translations::current();
    run([this, fallback] {
        const ImportProgress progress(
            [this](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
            },
            &m_cancel);
        auto read = JournalSource::create(m_kind)->read(m_path, progress, fallback);
        // Delivered on the GUI thread; dropped if the run was destroyed meanwhile.
        QMetaObject::invokeMethod(
            this,
            [this, read = std::move(read)]() mutable {
                finishThread();
                if (read)
                    m_batch = std::move(read).value();
                emit readFinished(read.ok(), read.error());
            },
            Qt::QueuedConnection);
    });
}

void ImportRun::startWriting(bool backupFirst)
{
    if (m_thread)
        return;
    const QString journalPath = m_database.path();
    run([this, journalPath, backupFirst] {
        const ImportProgress progress(
            [this](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
            },
            &m_cancel);
        QString backupPath;
        Expected<ImportOutcome> written = ImportOutcome();
        {
            // A connection of this thread's own, closed before the thread ends.
            auto journal = Database::open(journalPath, Database::OpenMode::ExistingOnly);
            if (!journal) {
                written = journal.failure();
            } else {
                if (backupFirst) {
                    auto copy = JournalCopyBackup().make(**journal);
                    if (copy)
                        backupPath = *copy;
                    else
                        written = copy.failure();
                }
                if (written)
                    written = ImportWriter(**journal).write(m_batch, progress);
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, written = std::move(written), backupPath]() {
                finishThread();
                if (written && written->added > 0)
                    m_database.changes().replaced();
                emit writeFinished(written.ok(), written.error(), written ? *written : ImportOutcome(), backupPath);
            },
            Qt::QueuedConnection);
    });
}

} // namespace myfyrio
