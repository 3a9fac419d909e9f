#pragma once

#include "core/supervision/session.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QTableWidget;
class QTextEdit;

namespace myfyrio {

class Database;

/// Records one supervision session: date, held or cancelled (reason, rebooked),
/// the agenda picked from reflections brought to supervision and open actions,
/// notes, the functions it covered, decisions, and actions with owner and due date.
class SessionEditorDialog : public QDialog
{
    Q_OBJECT

public:
    SessionEditorDialog(const Database& database, Session session, QWidget* parent = nullptr);

    Session session() const;

public slots:
    void accept() override;

private:
    void retranslate();
    void fillAgenda();
    void addActionRow(const SessionAction& action);
    void updateCancelled();

    const Database& m_database;
    Session m_session;

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
};

} // namespace myfyrio
