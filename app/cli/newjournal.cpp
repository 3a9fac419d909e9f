#include "app/cli/newjournal.h"

#include "core/io/journaltables.h"
#include "core/storage/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace myfyrio::cli {

namespace {

bool identify(const QString& path, quint64& device, quint64& inode)
{
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return false;
    device = static_cast<quint64>(info.st_dev);
    inode = static_cast<quint64>(info.st_ino);
    return true;
}

bool holdsNothing(const Database& journal)
{
    const QSqlDatabase db = journal.connection();
    auto tables = JournalTables::read(db);
    if (!tables)
        return false;
    for (const JournalTable& table : std::as_const(*tables)) {
        auto any =
            sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(JournalTables::quote(table.name)));
        if (!any || any->toInt() != 0)
            return false;
    }
    return true;
}

} // namespace

NewJournal::NewJournal(const QString& path) : m_path(QFileInfo(path).absoluteFilePath())
{
    m_new = !path.isEmpty() && !QFileInfo(m_path).exists() && !QFileInfo(m_path).isSymLink();
    if (!m_new)
        return;
    for (QString folder = QFileInfo(m_path).absolutePath(); !QFileInfo::exists(folder) && !QDir(folder).isRoot();
         folder = QFileInfo(folder).absolutePath())
        m_madeFolders << folder;
}

void NewJournal::opened(const Database& journal)
{
    if (m_new && !identify(journal.path(), m_device, m_inode))
        m_new = false; // not a plain file we can recognise again: leave it alone
}

void NewJournal::discard(std::unique_ptr<Database>& journal)
{
    if (!m_new || !journal || !holdsNothing(*journal)) {
        journal.reset();
        return;
    }
    journal.reset();
    quint64 device = 0;
    quint64 inode = 0;
    if (!identify(m_path, device, inode) || device != m_device || inode != m_inode)
        return;
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(m_path + QLatin1String(suffix));
    QFile::remove(m_path);
    for (const QString& folder : std::as_const(m_madeFolders)) {
        if (!QDir().rmdir(folder)) // only an empty folder goes
            break;
    }
}

} // namespace myfyrio::cli
