#pragma once

#include "core/supervision/agreement.h"
#include "core/supervision/session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace myfyrio {

class Database;

/// The sessions held or cancelled under one agreement, newest first, with
/// buttons to record, open and delete them. What it writes comes back through
/// Database::changes(): the Supervision view shows the agreement again.
class SessionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionsPanel(const Database& database, QWidget* parent = nullptr);

    void setAgreement(const Agreement& agreement);
    const QVector<Session>& sessions() const { return m_sessions; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reload();
    void edit(const Session& session);
    void removeSelected();

    const Database& m_database;
    Agreement m_agreement;
    QVector<Session> m_sessions;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_delete;
};

} // namespace myfyrio
