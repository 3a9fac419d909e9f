#pragma once

#include "core/storage/database.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace myfyrio::cli {

/// A journal a command is about to create, so that a command that then fails
/// leaves nothing behind that was not there: discard() removes the journal
/// (with SQLite's companion files) and the folders made for it, but only when
/// this command made it, it is still the same file and it holds no records.
class NewJournal
{
public:
    /// Notes what exists before the command touches anything.
    explicit NewJournal(const QString& path);

    /// True when there was no file at the path: opening it will create it.
    bool isNew() const { return m_new; }

    /// Notes the file that opening created (call right after opening).
    void opened(const Database& journal);

    /// Closes the journal and removes what this command made, if it is still empty.
    void discard(std::unique_ptr<Database>& journal);

private:
    QString m_path;
    bool m_new = false;
    QStringList m_madeFolders; ///< folders that did not exist, deepest first
    quint64 m_device = 0;
    quint64 m_inode = 0;
};

} // namespace myfyrio::cli
