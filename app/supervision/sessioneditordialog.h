#pragma once

#include "core/supervision/session.h"
#include "core/util/expected.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTextEdit;

namespace myfyrio {

class Database;
class DraftSaver;

/// Records one supervision session: date, held or cancelled (reason, rebooked),
/// the agenda picked from reflections brought to supervision and open actions,
/// notes, the functions it covered, decisions, and actions with owner and due date.
///
/// Nothing typed here is thrown away without asking: Save keeps it; Cancel,
/// Escape or closing the window with changes asks whether to save them; a
/// language change relabels the form and keeps every word; and when the app
/// ends while the dialog is open (quit, logout, SIGTERM) the session is saved
/// (saver(), one of the EditSavers the app saves before it goes).
class SessionEditorDialog : public QDialog
{
    Q_OBJECT

public:
    SessionEditorDialog(const Database& database, Session session, QWidget* parent = nullptr);

    Session session() const;
    DraftSaver* saver() const { return m_saver; }
    /// True when something was changed since the dialog opened or last saved.
    bool isModified() const;

public slots:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    Expected<void> saveSession();
    void markChanged();
    void retranslate();
    void retranslateAgenda();
    void fillAgenda();
    void addActionRow(const SessionAction& action);
    void updateCancelled();

    const Database& m_database;
    Session m_session;
    DraftSaver* m_saver;
    bool m_loading = true;

    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QRadioButton* m_held;
    QRadioButton* m_cancelled;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QCheckBox* m_rebooked;
    QGroupBox* m_agendaBox;
    QListWidget* m_agenda;
    QGroupBox* m_notesBox;
    QTextEdit* m_notes;
    QGroupBox* m_functionsBox;
    QHash<QString, QCheckBox*> m_functions;
    QGroupBox* m_decisionsBox;
    QTextEdit* m_decisions;
    QGroupBox* m_actionsBox;
    QTableWidget* m_actions;
    QPushButton* m_addAction;
    QPushButton* m_removeAction;
};

} // namespace myfyrio
