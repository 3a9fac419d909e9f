#include "core/storage/database.h"

#include "core/backup/backupservice.h"
#include "core/backup/backupwriter.h"
#include "core/storage/journalchanges.h"
#include "core/storage/journalcheck.h"
#include "core/storage/journalfile.h"
#include "core/storage/migration.h"
#include "core/storage/scopedtransaction.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <optional>

// Off by default, like myfyrio.sql (see the README for turning it on).
Q_LOGGING_CATEGORY(lcDatabase, "myfyrio.database", QtCriticalMsg)

namespace myfyrio {

namespace {

int lockWaitMilliseconds = 5000;

JournalProblem problemOfError(const QSqlError& error)
{
    switch (sql::kindOf(error)) {
    case sql::ErrorKind::Busy:
        return JournalProblem::Locked;
    case sql::ErrorKind::Damaged:
        return JournalProblem::Damaged;
    case sql::ErrorKind::Full:
        return JournalProblem::Full;
    case sql::ErrorKind::ReadOnly:
        return JournalProblem::ReadOnly;
    default:
        return JournalProblem::Other;
    }
}

} // namespace

Database::Database(QString path, QString connectionName, ReadOnlyReason reason)
    : m_path(std::move(path)),
      m_connectionName(std::move(connectionName)),
      m_reason(reason),
      m_afterCheck(reason),
      m_changes(std::make_unique<JournalChanges>())
{
    m_backups = std::make_unique<BackupService>(*this);
    sql::setReadOnlyReason(m_connectionName, m_reason);
    sql::setFailureHook(m_connectionName, [this](const QSqlError& error) { noteFailure(error); });
}

Database::~Database()
{
    if (m_repairThread) {
        m_repairThread->wait();
        delete m_repairThread;
    }
    if (m_checkThread) {
        m_checkThread->wait();
        delete m_checkThread;
    }
    m_backups.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    sql::forget(m_connectionName);
    if (m_reason == ReadOnlyReason::Damaged && !m_sidecarsExisted)
        JournalFile::removeEmptySidecars(m_path);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

void Database::setLockWait(int milliseconds)
{
    lockWaitMilliseconds = milliseconds;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Expected<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    Options options;
    options.mode = mode;
    return JournalOpening::open(path, options, latestSchemaVersion(), nullptr);
}

Expected<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options, OpenProblem* problem)
{
    return JournalOpening::open(path, options, latestSchemaVersion(), problem);
}

Expected<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int version)
{
    return JournalOpening::open(path, Options{}, version, nullptr);
}

Expected<std::unique_ptr<Database>> Database::openAnother(const QString& path, ReadOnlyReason reason)
{
    return JournalOpening::openAnother(path, reason);
}

Expected<void> Database::openConnection()
{
    QSqlDatabase db = connection();
    db.close();
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(lockWaitMilliseconds);
    if (m_reason != ReadOnlyReason::None)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    m_openError = {};
    if (!db.open()) {
        m_openError = db.lastError();
        qCWarning(lcDatabase) << "could not open" << m_path << db.lastError().text();
        //: %1 is a file path; %2 is a sentence saying what went wrong.
        return Failure{tr("The journal “%1” could not be opened: %2")
                           .arg(QDir::toNativeSeparators(m_path), sql::describe(db.lastError()))};
    }
    return configure();
}

JournalProblem Database::openProblem() const
{
    return problemOfError(m_openError);
}

Expected<void> Database::configure()
{
    const QSqlDatabase db = connection();
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = %1").arg(lockWaitMilliseconds),
                        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL")};
    if (m_reason == ReadOnlyReason::None)
        pragmas.insert(2, QStringLiteral("PRAGMA journal_mode = WAL"));
    for (const QString& pragma : std::as_const(pragmas)) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            m_openError = query.lastError();
            qCWarning(lcDatabase) << "could not configure" << m_path << pragma << m_openError.text();
            return Failure{sql::describe(m_openError, db)};
        }
    }
    return {};
}

void Database::setReason(ReadOnlyReason reason)
{
    if (reason == m_reason)
        return;
    m_reason = reason;
    sql::setReadOnlyReason(m_connectionName, reason);
    emit accessChanged();
}

void Database::startBackgroundCheck()
{
    const QString path = m_path;
    const auto index =
        m_afterCheck == ReadOnlyReason::None ? JournalCheck::Index::CheckAndRebuild : JournalCheck::Index::Skip;
    auto outcome = std::make_shared<JournalCheck::Outcome>();
    m_checkThread = QThread::create([path, index, outcome] { *outcome = JournalCheck::run(path, index); });
    connect(m_checkThread, &QThread::finished, this, [this, outcome] {
        if (!m_checkThread)
            return;
        m_checkThread->wait();
        delete m_checkThread;
        m_checkThread = nullptr;
        m_checked = true;
        if (outcome->problem.kind != JournalProblem::None) {
            setReason(ReadOnlyReason::Damaged);
            emit checkFinished(false, outcome->message);
            return;
        }
        if (outcome->indexRebuilt)
            m_notices << JournalCheck::indexRebuiltSentence();
        if (m_afterCheck == ReadOnlyReason::None) {
            m_reason = ReadOnlyReason::None;
            sql::setReadOnlyReason(m_connectionName, m_reason);
            if (auto reopened = openConnection(); !reopened) {
                qCWarning(lcDatabase) << "could not reopen read-write" << reopened.error();
                const ReadOnlyReason now = JournalFile::writability(m_path);
                m_reason = now == ReadOnlyReason::None ? ReadOnlyReason::FileReadOnly : now;
                sql::setReadOnlyReason(m_connectionName, m_reason);
                (void)openConnection();
            }
            emit accessChanged();
        } else {
            setReason(m_afterCheck);
        }
        emit checkFinished(true, outcome->indexRebuilt ? JournalCheck::indexRebuiltSentence() : QString());
    });
    // Started once the event loop runs, so that building the window does not
    // wait for the disk behind it, and at low priority.
    QTimer::singleShot(0, this, [this] {
        if (m_checkThread && !m_checkThread->isRunning() && !m_checkThread->isFinished())
            m_checkThread->start(QThread::LowPriority);
    });
}

void Database::repairSearchIndex()
{
    if (m_repairThread || isReadOnly())
        return;
    const QString path = m_path;
    auto rebuilt = std::make_shared<std::optional<Expected<void>>>();
    m_repairThread = QThread::create([path, rebuilt] { *rebuilt = JournalCheck::rebuildIndex(path); });
    connect(m_repairThread, &QThread::finished, this, [this, rebuilt] {
        m_repairThread->wait();
        m_repairThread->deleteLater();
        m_repairThread = nullptr;
        if (rebuilt->has_value() && rebuilt->value().ok()) {
            m_notices << JournalCheck::indexRebuiltSentence();
            m_changes->replaced(); // what search finds may have changed
            emit noticed(JournalCheck::indexRebuiltSentence());
        } else {
            qCWarning(lcDatabase) << "could not rebuild the search index";
        }
    });
    m_repairThread->start(QThread::LowPriority);
}

void Database::waitForCheck()
{
    // The check's result arrives as a queued call; events keep flowing meanwhile.
    if (m_checkThread && !m_checkThread->isRunning() && !m_checkThread->isFinished())
        m_checkThread->start(QThread::LowPriority);
    while (m_checkThread) {
        m_checkThread->wait(QDeadlineTimer(8));
        if (thread() != QThread::currentThread())
            continue;
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 8);
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

Expected<void> Database::checkBeforeWrite()
{
    if (m_reason == ReadOnlyReason::Damaged)
        return Failure{sql::readOnlySentence(m_reason)};
    if (m_checked)
        return {};
    const auto index =
        m_reason == ReadOnlyReason::None ? JournalCheck::Index::CheckAndRebuild : JournalCheck::Index::Skip;
    const JournalCheck::Outcome outcome = JournalCheck::run(m_path, index);
    m_checked = true;
    if (outcome.problem.kind != JournalProblem::None) {
        setReason(ReadOnlyReason::Damaged);
        return Failure{outcome.message};
    }
    if (outcome.indexRebuilt)
        m_notices << JournalCheck::indexRebuiltSentence();
    return {};
}

void Database::noteFailure(const QSqlError& error)
{
    // Only what the connection cannot get over by itself; a full disk clears
    // as soon as there is space again.
    const sql::ErrorKind kind = sql::kindOf(error);
    const bool stuck = kind == sql::ErrorKind::Disk || kind == sql::ErrorKind::CannotOpen
                       || (kind == sql::ErrorKind::ReadOnly
                           && (m_reason == ReadOnlyReason::None || m_reason == ReadOnlyReason::FileReadOnly
                               || m_reason == ReadOnlyReason::FolderReadOnly));
    if (!stuck || m_recoveryQueued || QThread::currentThread() != thread())
        return;
    m_recoveryQueued = true;
    // After the failing store call has unwound: no statement of it is left open.
    QMetaObject::invokeMethod(this, &Database::recover, Qt::QueuedConnection);
}

void Database::recover()
{
    m_recoveryQueued = false;
    if (!QFileInfo::exists(m_path))
        return; // never let a reopen create an empty journal where the old one was
    const ReadOnlyReason now = JournalFile::writability(m_path);
    if (now == ReadOnlyReason::None || m_reason == ReadOnlyReason::None)
        (void)reopen();
    else
        setReason(now);
}

Expected<void> Database::reopen()
{
    if (m_reason == ReadOnlyReason::Checking || m_reason == ReadOnlyReason::Damaged
        || m_reason == ReadOnlyReason::OtherWindow)
        return openConnection();
    const ReadOnlyReason before = m_reason;
    m_reason = JournalFile::writability(m_path);
    sql::setReadOnlyReason(m_connectionName, m_reason);
    auto opened = openConnection();
    if (before != m_reason)
        emit accessChanged();
    return opened;
}

int Database::schemaVersion() const
{
    const auto version = sql::scalar(connection(), QStringLiteral("PRAGMA user_version"));
    return version ? version->toInt() : -1;
}

Expected<void> Database::migrate(int targetVersion)
{
    const int current = schemaVersion();
    const int latest = qMin(targetVersion, latestSchemaVersion());
    if (current < 0)
        //: %1 is a file or folder path.
        return Failure{tr("The journal “%1” could not be read.").arg(QDir::toNativeSeparators(m_path))};
    if (current >= latest)
        return {};

    // An existing journal is backed up before its schema changes, so that
    // nothing the user wrote depends on the upgrade succeeding.
    if (current > 0) {
        auto backup = m_backups->backupNow(BackupReason::BeforeUpgrade);
        if (!backup)
            //: %1 is a sentence saying why the backup could not be made.
            return Failure{tr("The journal could not be upgraded because no backup copy could be made "
                              "first: %1")
                               .arg(backup.error())};
        m_migrationBackup = backup->path;
    }

    const QSqlDatabase db = connection();
    for (const Migration& step : migrations()) {
        if (step.version <= current || step.version > latest)
            continue;
        ScopedTransaction transaction(db);
        if (auto begun = transaction.begun(); !begun)
            return begun.failure();
        for (const QString& statement : step.statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                qCWarning(lcDatabase) << "migration" << step.version << "failed at" << statement
                                      << query.lastError().text();
                //: %1 is a version number; %2 describes the upgrade step; %3 says what went wrong.
                return Failure{tr("The journal could not be upgraded to version %1 (%2): %3 "
                                  "It has been left as it was.")
                                   .arg(step.version)
                                   .arg(step.description, sql::describe(query.lastError(), db))};
            }
        }
        QSqlQuery version(db);
        if (!version.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return Failure{sql::describe(version.lastError(), db)};
        if (auto committed = transaction.commit(); !committed)
            //: %1 is a version number; %2 describes the upgrade step; %3 says what went wrong.
            return Failure{tr("The journal could not be upgraded to version %1 (%2): %3 "
                              "It has been left as it was.")
                               .arg(step.version)
                               .arg(step.description, committed.error())};
    }
    return {};
}

Expected<void> Database::backupTo(const QString& targetPath) const
{
    if (QFileInfo::exists(targetPath))
        //: %1 is a file or folder path.
        return Failure{tr("The backup “%1” already exists.").arg(QDir::toNativeSeparators(targetPath))};
    std::optional<Expected<void>> copied;
    const QString source = m_path;
    BackupService::runAndWait([&] { copied = BackupWriter::copyChecked(source, targetPath); });
    return *copied;
}

Expected<void> Database::replaceFile(const QString& preparedCopy)
{
    if (isReadOnly())
        return Failure{sql::readOnlySentence(m_reason)};
    m_backups->waitUntilIdle();
    {
        QSqlDatabase db = connection();
        db.close();
    }
    // A write-ahead log left beside the journal would be played into the new file.
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        (void)openConnection();
        return Failure{tr("The journal is in use by another program, so the backup could not be put in its place. "
                          "Close that program and try again.")};
    }
    if (std::rename(QFile::encodeName(preparedCopy).constData(), QFile::encodeName(m_path).constData()) != 0) {
        (void)openConnection();
        //: %1 is a file or folder path.
        return Failure{tr("The journal file could not be replaced in “%1”.")
                           .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()))};
    }
    BackupWriter::syncFolder(QFileInfo(m_path).absolutePath());
    auto opened = openConnection();
    if (opened)
        opened = migrate(latestSchemaVersion());
    m_changes->replaced();
    return opened;
}

} // namespace myfyrio
