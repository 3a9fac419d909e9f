#pragma once

#include "core/backup/backupinfo.h"

#include <QDialog>

#include <optional>

class QCommandLinkButton;
class QLabel;
class QPushButton;

namespace myfyrio {

/// What is known about a damaged journal when the person is asked what to do.
struct DamagedJournal {
    QString path;
    QString detail;                       ///< what is wrong, as a sentence
    std::optional<BackupInfo> newestGood; ///< the newest backup that passes its check
    std::optional<int> changedSince;      ///< reflections written after that backup, when they could be counted
};

/// Says that a journal is damaged, and offers the ways back: restore the
/// newest good backup (naming its date and what would be missing), salvage
/// what can still be read into a new journal, open another journal, or quit
/// (cancel, when another journal is open already). It changes nothing
/// itself; it only asks.
///
/// Like MessageBox, ask() takes a queued choice instead of showing the dialog,
/// so that tests go through it without timers.
class DamagedJournalDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Restore, Salvage, OpenAnother, Quit };

    DamagedJournalDialog(DamagedJournal journal, bool anotherIsOpen, QWidget* parent = nullptr);

    /// Shows the dialog (or takes the next queued choice) and returns the choice.
    static Choice ask(const DamagedJournal& journal, bool anotherIsOpen, QWidget* parent = nullptr);
    static void setNextChoice(Choice choice);
    /// The texts of the dialogs answered from the queue, oldest first.
    static QStringList answeredTexts();
    static void reset();

    Choice choice() const { return m_choice; }
    /// Everything the dialog says, for tests and screen readers.
    QString text() const;
    bool canRestore() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void choose(Choice choice);

    DamagedJournal m_journal;
    bool m_anotherIsOpen;
    Choice m_choice = Choice::Quit;
    QLabel* m_heading;
    QLabel* m_message;
    QCommandLinkButton* m_restore;
    QCommandLinkButton* m_salvage;
    QCommandLinkButton* m_openAnother;
    QPushButton* m_quit;
};

} // namespace myfyrio
