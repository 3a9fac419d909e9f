#include "core/storage/journalfile.h"

#include "core/storage/migration.h"
#include "core/storage/scopedconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtEndian>

#include <sys/stat.h>
#include <unistd.h>

namespace myfyrio {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// The mode bits of a file, without following a symbolic link at the end.
std::optional<mode_t> modeOf(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return info.st_mode;
}

bool mayWrite(const QString& path)
{
    const auto mode = modeOf(path);
    if (!mode)
        return false;
    return (*mode & S_IWUSR) != 0 && ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

JournalFile::Inspection problemOf(JournalProblem problem, const QString& path, const QString& detail = {})
{
    JournalFile::Inspection inspection;
    inspection.problem = {problem, detail};
    inspection.message = JournalFile::sentence(problem, path, detail);
    return inspection;
}

/// The problem an SQLite error stands for while a journal is being opened.
JournalProblem problemOfError(const QSqlError& error)
{
    switch (sql::kindOf(error)) {
    case sql::ErrorKind::Busy:
        return JournalProblem::Locked;
    case sql::ErrorKind::Damaged:
        return JournalProblem::Damaged;
    case sql::ErrorKind::Full:
        return JournalProblem::Full;
    case sql::ErrorKind::Denied:
    case sql::ErrorKind::CannotOpen:
        return JournalProblem::Unreadable;
    default:
        return JournalProblem::Other;
    }
}

} // namespace

QString JournalFile::sentence(JournalProblem problem, const QString& path, const QString& detail)
{
    const QString name = QDir::toNativeSeparators(path);
    switch (problem) {
    case JournalProblem::None:
        return {};
    case JournalProblem::NoPath:
        return tr("No journal file was given.");
    case JournalProblem::Missing:
        //: %1 is a file or folder path.
        return tr("There is no journal at “%1”.").arg(name);
    case JournalProblem::NotAFile:
        //: %1 is a file or folder path.
        return tr("“%1” is not a file.").arg(name);
    case JournalProblem::NotSqlite:
        //: %1 is a file or folder path.
        return tr("“%1” is not a Myfyrio journal (it is not an SQLite database). "
                  "It has been left untouched.")
            .arg(name);
    case JournalProblem::Foreign:
        //: %1 is a file or folder path.
        return tr("“%1” is a database that belongs to another program, not a Myfyrio journal. "
                  "It has been left untouched.")
            .arg(name);
    case JournalProblem::Newer:
        //: %1 is a file or folder path.
        return tr("The journal “%1” was made by a newer version of Myfyrio. "
                  "Update Myfyrio to open it; the file has been left untouched.")
            .arg(name);
    case JournalProblem::Damaged:
        //: %1 is the journal's file name; %2 is a sentence saying what is wrong with it.
        return tr("The journal “%1” is damaged and cannot be opened. It has been left untouched.\n%2")
            .arg(name, detail.isEmpty() ? tr("Its check found problems in how the file is stored.") : detail);
    case JournalProblem::Locked:
        //: %1 is a file or folder path.
        return tr("The journal “%1” is locked by another program that is using it. Close that program and try "
                  "again; the journal has been left untouched.")
            .arg(name);
    case JournalProblem::Unreadable:
        //: %1 is a file or folder path.
        return tr("The journal “%1” could not be read: you are not allowed to open it, or it is no longer there.")
            .arg(name);
    case JournalProblem::ReadOnly:
        //: %1 is a file or folder path.
        return tr("The journal “%1” has to be upgraded for this version of Myfyrio, but it is read-only. Allow "
                  "writing to the file and its folder, then open it again; it has been left untouched.")
            .arg(name);
    case JournalProblem::Full:
        //: %1 is a file or folder path.
        return tr("The journal “%1” could not be opened because the disk is full. Free some space and try again.")
            .arg(name);
    case JournalProblem::CannotCreate:
    case JournalProblem::UpgradeFailed:
    case JournalProblem::Other:
        break;
    }
    //: %1 is the journal's file name; %2 is a sentence saying why it could not be opened.
    return tr("The journal “%1” could not be opened. %2").arg(name, detail);
}

Expected<void> JournalFile::createPrivateFolder(const QString& folder)
{
    QDir dir(folder);
    if (dir.exists())
        return {};
    if (!dir.mkpath(QStringLiteral(".")))
        //: %1 is a file or folder path.
        return Failure{tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(folder))};
    QFile::setPermissions(dir.path(), ownerOnly | QFileDevice::ExeOwner);
    return {};
}

Expected<void> JournalFile::createPrivate(const QString& path)
{
    const QFileInfo info(path);
    if (auto folder = createPrivateFolder(info.absolutePath()); !folder)
        return folder;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Failure{
            //: %1 is a file path; %2 is a sentence saying what went wrong.
            tr("The journal “%1” could not be created: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    file.close();
    if (!file.setPermissions(ownerOnly))
        //: %1 is a file or folder path.
        return Failure{tr("The journal “%1” could not be made private to you.").arg(QDir::toNativeSeparators(path))};
    return {};
}

void JournalFile::makePrivate(const QString& path)
{
    QFile::setPermissions(path, ownerOnly);
}

bool JournalFile::narrowToOwner(const QString& path)
{
    bool narrowed = false;
    for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        const auto mode = modeOf(file);
        if (!mode || !S_ISREG(*mode) || (*mode & (S_IRWXG | S_IRWXO)) == 0)
            continue;
        if (::chmod(QFile::encodeName(file).constData(), *mode & S_IRWXU & ~S_IXUSR) == 0)
            narrowed = true;
    }
    return narrowed;
}

bool JournalFile::hasSidecars(const QString& path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
}

void JournalFile::removeEmptySidecars(const QString& path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && (wal.isSymLink() || wal.size() > 0))
        return;
    QFile::remove(wal.filePath());
    const QFileInfo shm(path + QStringLiteral("-shm"));
    if (shm.isFile() && !shm.isSymLink())
        QFile::remove(shm.filePath());
}

bool JournalFile::narrowFolderToOwner(const QString& folder)
{
    const auto mode = modeOf(folder);
    if (!mode || !S_ISDIR(*mode) || (*mode & (S_IRWXG | S_IRWXO)) == 0)
        return false;
    return ::chmod(QFile::encodeName(folder).constData(), *mode & S_IRWXU) == 0;
}

sql::ReadOnlyReason JournalFile::writability(const QString& path)
{
    if (QFileInfo::exists(path) && !mayWrite(path))
        return sql::ReadOnlyReason::FileReadOnly;
    if (!mayWrite(QFileInfo(path).absolutePath()))
        return sql::ReadOnlyReason::FolderReadOnly;
    return sql::ReadOnlyReason::None;
}

std::optional<qint32> JournalFile::applicationId(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return std::nullopt;
    // The application id is the big-endian 32-bit number at offset 68 of the header.
    return qFromBigEndian<qint32>(header.constData() + 68);
}

JournalFile::Inspection JournalFile::inspect(const QString& path, int latestVersion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return problemOf(JournalProblem::Unreadable, path);
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return problemOf(JournalProblem::NotSqlite, path);

    // A file shorter than its header says was cut off (copied or saved only in part).
    const quint16 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const qint64 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const bool walMode = header.at(18) == 2;
    // The size in the header counts only when "version-valid-for" matches the change counter.
    const bool sizeValid = header.mid(92, 4) == header.mid(24, 4);
    if (sizeValid && !walMode && pageSize >= 512 && pageCount > 0 && size < pageSize * pageCount)
        return problemOf(JournalProblem::Damaged, path,
                         tr("It is shorter than it should be: it may have been cut off while it was being copied "
                            "or saved."));

    ScopedConnection connection(path, ScopedConnection::Mode::ReadOnly);
    if (!connection.isOpen()) {
        const JournalProblem problem = problemOfError(connection.openError());
        return problemOf(problem, path);
    }
    QSqlQuery query(connection.db());
    auto failed = [&](const QSqlError& error) {
        const JournalProblem problem = problemOfError(error);
        if (problem == JournalProblem::Damaged)
            return problemOf(problem, path, tr("The list of what it holds cannot be read."));
        return problemOf(problem == JournalProblem::Other ? JournalProblem::Unreadable : problem, path);
    };

    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return failed(query.lastError());
    const int objects = query.value(0).toInt();
    query.finish();

    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return failed(query.lastError());
    const int applicationId = query.value(0).toInt();
    query.finish();

    if (applicationId != journalApplicationId && !(applicationId == 0 && objects == 0))
        return problemOf(JournalProblem::Foreign, path);

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed(query.lastError());
    Inspection inspection;
    inspection.schemaVersion = query.value(0).toInt();
    inspection.walMode = walMode;
    if (inspection.schemaVersion > latestVersion)
        return problemOf(JournalProblem::Newer, path);
    return inspection;
}

} // namespace myfyrio
