#pragma once

#include <QDate>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace myfyrio {

class Database;
class JournalModel;

/// The left-hand side of the journal: a search box that filters as you type,
/// a tag filter, and the list of reflections grouped by month.
///
/// The list reads a month's reflections only when it is expanded, and more of
/// them as they scroll into sight.
class JournalPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int searchDelayMilliseconds = 250;

    JournalPanel(const Database& database, JournalModel* model, QWidget* parent = nullptr);

    /// Selects a reflection without announcing it; false when the filter hides it.
    bool selectReflection(const QString& id, const QDate& date);
    QString currentId() const;

    /// Reads the list again, keeping expanded months and the selection.
    void reload();
    /// Reads the tags for the tag filter again, keeping the chosen one.
    void refreshTags();
    /// Focuses the search box and selects its text.
    void focusSearch();

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* tagFilter() const { return m_tag; }
    QTreeView* list() const { return m_list; }

signals:
    /// The user chose a reflection in the list.
    void reflectionChosen(const QString& id, const QDate& date);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyFilter();
    void onCurrentChanged(const QModelIndex& current);
    void fetchVisible();
    void restoreExpansion(const QSet<QDate>& months);
    void updateNoMatches();

    const Database& m_database;
    JournalModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_tag;
    QTreeView* m_list;
    QLabel* m_noMatches;
    QTimer m_searchDelay;
    bool m_selecting = false;
};

} // namespace myfyrio
