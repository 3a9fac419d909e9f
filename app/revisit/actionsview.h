#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace myfyrio {

class Database;

/// Every action across the journal, grouped as overdue, due soon and open (and done,
/// when asked). Ticking one marks it done; double-clicking opens its reflection.
class ActionsView : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsView(const Database& database, QWidget* parent = nullptr);

    /// Reads the actions again, as they stand on the given day (today by default).
    void refresh();
    void setToday(const QDate& today);
    QTreeWidget* tree() const { return m_tree; }

signals:
    void openReflection(const QString& id, const QDate& date);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onItemChanged(QTreeWidgetItem* item, int column);
    void onActivated(QTreeWidgetItem* item);

    const Database& m_database;
    QDate m_today;
    QLabel* m_heading;
    QCheckBox* m_showDone;
    QTreeWidget* m_tree;
    QLabel* m_empty;
    bool m_filling = false;
};

} // namespace myfyrio
