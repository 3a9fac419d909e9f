#pragma once

#include "core/io/import/importbatch.h"
#include "core/io/import/importwriter.h"
#include "core/io/import/journalsource.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace myfyrio {

class Database;

/// The slow parts of importing another journal, off the GUI thread.
///
/// Reading parses the source on a worker thread. Writing opens a second
/// connection to the same journal on a worker thread (SQLite's WAL lets the
/// window's connection keep reading), makes the backup, and stores the batch in
/// one transaction; a cancel rolls it back. Results arrive on the GUI thread,
/// and after a successful write the window's journal announces that it was
/// replaced, so every view reads it again.
class ImportRun : public QObject
{
    Q_OBJECT

public:
    ImportRun(const Database& database, SourceKind kind, QString path, QObject* parent = nullptr);
    /// Cancels what is running and waits for it: nothing is left half-done.
    ~ImportRun() override;

    void startReading();
    /// backupFirst: copy the journal before anything is stored.
    void startWriting(bool backupFirst);
    void cancel();
    bool isBusy() const { return m_thread != nullptr; }
    bool isCancelling() const { return m_cancel.load(); }

    /// What was read (valid after readFinished(true, …)).
    const ImportBatch& batch() const { return m_batch; }
    SourceKind kind() const { return m_kind; }
    QString path() const { return m_path; }

signals:
    void progressed(int done, int total);
    void readFinished(bool ok, const QString& error);
    void writeFinished(bool ok, const QString& error, const myfyrio::ImportOutcome& outcome, const QString& backupPath);

private:
    void run(std::function<void()> work);
    void finishThread();

    const Database& m_database;
    SourceKind m_kind;
    QString m_path;
    ImportBatch m_batch;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{false};
};

} // namespace myfyrio
