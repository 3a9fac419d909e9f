#pragma once

#include "core/storage/database.h"
#include "core/storage/journallock.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace myfyrio {

/// A journal opened for a window: its one-writer lock (when this window
/// writes it) and the open journal. The lock is released after the journal
/// is closed.
struct OpenedJournal {
    std::unique_ptr<JournalLock> lock;
    std::unique_ptr<Database> database;
};

/// Opens a journal for the app, talking the person through every problem:
///
/// - open in another Myfyrio window: show that window, or open it read-only
///   here (never two writers);
/// - damaged: restore its newest good backup, salvage what can be read, open
///   another journal, or give up (DamagedJournalDialog);
/// - anything else (read-only, locked, another program's file, newer, …):
///   its own sentence, with Try Again where that can help, Choose Another
///   Journal… and Quit.
///
/// A file that fails to open is left exactly as it was. The contents are
/// checked on a thread of their own (Database::Check::InBackground).
class JournalOpener
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::JournalOpener)

public:
    enum class Purpose {
        Start,  ///< no journal is open: giving up quits
        Switch, ///< another journal is open: giving up keeps it
    };

    explicit JournalOpener(Purpose purpose, QWidget* parent = nullptr);

    /// Nothing when the person gave up, or chose to show the other window (see raisedOther()).
    std::optional<OpenedJournal> open(QString path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing);

    /// The ways back for a journal found damaged after it was opened (by the
    /// background check). The lock stays with the caller. Returns the path to
    /// open now (the same after a restore or a salvage, another after Open
    /// Another…), or nothing when the person gave up.
    std::optional<QString> rescue(const QString& path, const QString& detail);

    /// True when the last open() ended by showing the window that has the journal open.
    bool raisedOther() const { return m_raisedOther; }

private:
    enum class Next { Retry, Path, GiveUp };
    Next handleFailure(QString& path, const QString& message, const OpenProblem& problem);
    std::optional<QString> chooseAnother(const QString& near);

    Purpose m_purpose;
    QWidget* m_parent;
    bool m_raisedOther = false;
};

} // namespace myfyrio
