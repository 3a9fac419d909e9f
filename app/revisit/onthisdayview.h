#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace myfyrio {

class Database;

/// "On this day": what you wrote a month ago, a year ago and each year before,
/// leaving out reflections marked "don't resurface". Choosing one opens it.
class OnThisDayView : public QWidget
{
    Q_OBJECT

public:
    explicit OnThisDayView(const Database& database, QWidget* parent = nullptr);

    void setToday(const QDate& today);
    void refresh();
    QTreeWidget* tree() const { return m_tree; }

signals:
    void openReflection(const QString& id, const QDate& date);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onActivated(QTreeWidgetItem* item);

    const Database& m_database;
    QDate m_today;
    QLabel* m_heading;
    QTreeWidget* m_tree;
    QLabel* m_empty;
};

} // namespace myfyrio
