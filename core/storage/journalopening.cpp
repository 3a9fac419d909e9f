#include "core/storage/journalopening.h"

#include "core/storage/database.h"
#include "core/storage/journalcheck.h"
#include "core/storage/journalfile.h"
#include "core/storage/migration.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>

namespace myfyrio {

namespace {

Failure failWith(OpenProblem* problem, JournalProblem kind, const QString& message, const QString& detail = {})
{
    if (problem)
        *problem = {kind, detail};
    return Failure{message};
}

/// A connection name of its own for each Database.
QString newConnectionName()
{
    return QStringLiteral("myfyrio-") + QUuid::createUuid().toString(QUuid::Id128);
}

/// Read-only looks at a journal that is then refused leave no -wal or -shm
/// files of their own behind it.
class SidecarCleanup
{
public:
    explicit SidecarCleanup(QString path) : m_path(std::move(path)), m_existed(JournalFile::hasSidecars(m_path)) {}
    ~SidecarCleanup()
    {
        if (!m_kept && !m_existed)
            JournalFile::removeEmptySidecars(m_path);
    }
    SidecarCleanup(const SidecarCleanup&) = delete;
    SidecarCleanup& operator=(const SidecarCleanup&) = delete;
    void keep() { m_kept = true; }
    bool existed() const { return m_existed; }

private:
    QString m_path;
    bool m_existed;
    bool m_kept = false;
};

} // namespace

Expected<std::unique_ptr<Database>> JournalOpening::open(const QString& path, const Options& options, int targetVersion,
                                                         OpenProblem* problem)
{
    if (problem)
        *problem = {};
    if (path.isEmpty())
        return failWith(problem, JournalProblem::NoPath, JournalFile::sentence(JournalProblem::NoPath, path));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);

    SidecarCleanup cleanup(absolute);
    JournalFile::Inspection inspection;
    bool created = false;
    if (info.exists()) {
        if (!info.isFile())
            return failWith(problem, JournalProblem::NotAFile,
                            JournalFile::sentence(JournalProblem::NotAFile, absolute));
        if (info.size() > 0) {
            inspection = JournalFile::inspect(absolute, latestSchemaVersion());
            if (inspection.problem.kind != JournalProblem::None)
                return failWith(problem, inspection.problem.kind, inspection.message, inspection.problem.detail);
        } else {
            created = true;
        }
    } else {
        if (options.mode == Mode::ExistingOnly)
            return failWith(problem, JournalProblem::Missing, JournalFile::sentence(JournalProblem::Missing, absolute));
        if (auto made = JournalFile::createPrivate(absolute); !made)
            return failWith(problem, JournalProblem::CannotCreate, made.error());
        created = true;
    }

    ReadOnlyReason reason = options.readOnly;
    if (reason == ReadOnlyReason::None)
        reason = JournalFile::writability(absolute);
    const int target = qMin(targetVersion, latestSchemaVersion());
    const bool upgrade = created || inspection.schemaVersion < target;
    if (upgrade && reason != ReadOnlyReason::None)
        return failWith(problem, JournalProblem::ReadOnly, JournalFile::sentence(JournalProblem::ReadOnly, absolute));

    // The contents are checked before anything is written: now, or on a thread
    // of their own while the connection stays read-only.
    const bool checkNow = options.check == Check::Now || upgrade || !inspection.walMode;
    const bool checkInBackground = !checkNow && options.check == Check::InBackground;
    QStringList notices;
    if (checkNow && !created) {
        const auto index =
            reason == ReadOnlyReason::None ? JournalCheck::Index::CheckAndRebuild : JournalCheck::Index::Skip;
        const JournalCheck::Outcome outcome = JournalCheck::run(absolute, index);
        if (outcome.problem.kind != JournalProblem::None)
            return failWith(problem, outcome.problem.kind, outcome.message, outcome.problem.detail);
        if (outcome.indexRebuilt)
            notices << JournalCheck::indexRebuiltSentence();
    }

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(
        new Database(absolute, name, checkInBackground ? ReadOnlyReason::Checking : reason));
    database->m_afterCheck = reason;
    database->m_checked = checkNow;
    database->m_notices = notices;
    // The folder is narrowed only where Myfyrio chose it (the default one); a
    // folder the user named may be shared on purpose.
    if (info.absolutePath() == QFileInfo(Database::defaultPath()).absolutePath())
        JournalFile::narrowFolderToOwner(info.absolutePath());
    if (!created && JournalFile::narrowToOwner(absolute))
        database->m_notices << tr("Other people on this computer could read the journal file. It is now private "
                                  "to you.");

    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name).setDatabaseName(absolute);
    if (auto opened = database->openConnection(); !opened) {
        const JournalProblem kind = database->openProblem();
        if (kind == JournalProblem::Other)
            return failWith(problem, kind, opened.error());
        return failWith(problem, kind, JournalFile::sentence(kind, absolute));
    }
    if (database->m_reason == ReadOnlyReason::None) {
        if (auto migrated = database->migrate(targetVersion); !migrated)
            return failWith(problem, JournalProblem::UpgradeFailed, migrated.error());
    }
    if (checkInBackground) {
        database->startBackgroundCheck();
    } else if (!checkNow) {
        Database* gated = database.get();
        sql::setWriteGate(name, [gated] { return gated->checkBeforeWrite(); });
    }
    database->m_sidecarsExisted = cleanup.existed();
    cleanup.keep();
    return database;
}

Expected<std::unique_ptr<Database>> JournalOpening::openAnother(const QString& path, ReadOnlyReason reason)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    if (!info.isFile() || info.size() == 0)
        //: %1 is what the person typed.
        return Failure{tr("There is no journal at “%1”.").arg(absolute)};
    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(absolute, name, reason));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(absolute);
    if (auto opened = database->openConnection(); !opened)
        return opened.failure();
    if (database->schemaVersion() != latestSchemaVersion())
        //: %1 is a file path.
        return Failure{tr("The journal “%1” could not be read.").arg(absolute)};
    return database;
}

} // namespace myfyrio
