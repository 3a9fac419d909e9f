#pragma once

#include "app/common/editingview.h"
#include "app/supervision/reviewtogetherdialog.h"
#include "core/supervision/agreement.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace myfyrio {

class AgreementEditor;
class Database;
class HistoryPanel;
class SessionOverviewPanel;
class SessionsPanel;

/// Supervision: the agreements with their status and review reminders, and for
/// the chosen one its editor, history, sessions and overview. Agreements are
/// exchanged with the other party through .myfyrio-agreement files.
///
/// The view follows Database::changes() (agreements, sessions, a replaced
/// journal) and never reloads by hand after its own writes. The open draft is
/// saved before another agreement is shown, before a language change and when
/// the view is left (saveEdits()); a change arriving meanwhile never clobbers
/// it.
class AgreementsView : public QWidget, public EditingView
{
    Q_OBJECT

public:
    explicit AgreementsView(const Database& database, QWidget* parent = nullptr);

    /// The day reminders are worked out from (today unless a test sets it).
    void setToday(const QDate& today);
    void reload(const QString& selectId = {});
    bool select(const QString& agreementId);
    QString currentId() const;
    /// The reminder line for the status bar (empty when nothing is due).
    QString reminderSummary() const;

    void newAgreement();
    void importAgreement();
    void exportAgreement();
    void reviewTogether();
    void endAgreement();
    /// Import without a file dialog (also used by the dialog path).
    void importFile(const QString& path);

    EditSaver* editSaver() const override;
    bool saveEdits() override;

    AgreementEditor* editor() const { return m_editor; }
    SessionsPanel* sessions() const { return m_sessions; }
    QTreeWidget* list() const { return m_list; }
    HistoryPanel* history() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void reminderChanged(const QString& summary);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showCurrent();
    void onCurrentItemChanged(QTreeWidgetItem* current, QTreeWidgetItem* previous);
    void onSessionsChanged(const QStringList& agreementIds);
    bool saveDraftFirst();
    void sayDraftNotSaved();
    void updateButtons();

    const Database& m_database;
    QDate m_today;
    QVector<Agreement> m_agreements;
    /// Marks and notes of a review not finished yet, by draft version id (kept while the app runs).
    QHash<QString, ReviewTogetherDialog::Progress> m_reviews;
    QLabel* m_banner;
    QTreeWidget* m_list;
    QLabel* m_emptyNote;
    QPushButton* m_new;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_review;
    QPushButton* m_end;
    QTabWidget* m_tabs;
    AgreementEditor* m_editor;
    HistoryPanel* m_history;
    SessionsPanel* m_sessions;
    SessionOverviewPanel* m_overview;
};

} // namespace myfyrio
