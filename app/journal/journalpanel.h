#pragma once

#include "app/journal/searchrunner.h"
#include "core/journal/reflection.h"

#include <QDate>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

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
    /// Empties the search box and shows all tags again.
    void clearSearch();
    /// Focuses the search box and selects its text.
    void focusSearch();

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* tagFilter() const { return m_tag; }
    QTreeView* list() const { return m_list; }

    /// Adds a control under the tag filter that narrows the list further (a
    /// feature's own filter). `apply` writes its part of every filter; call
    /// applyFilter() when the control changes.
    void addFilter(QWidget* control, std::function<void(ReflectionFilter&)> apply);
    /// Reads the list again for the search, the tag and any added filters, now.
    void applyFilter();
    /// The same, read on the search thread; the list changes when it is done.
    void requestFilter();

    /// The line under the search box that says which parts of the search could not be used.
    QLabel* searchProblems() const { return m_searchProblems; }

signals:
    /// The list shows a new filter's reflections (read here or on the search thread).
    void listUpdated();
    /// The user chose a reflection in the list, or a new search chose its best match.
    void reflectionChosen(const QString& id, const QDate& date);
    /// The search (or a filter) left nothing to show in the editor.
    void nothingFound();
    /// The search text changed (to mark its matches in the open reflection).
    void searchChanged(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onCurrentChanged(const QModelIndex& current);
    void onReflectionsChanged(const QStringList& ids);
    void onSearchFinished(const SearchRunner::Result& result);
    ReflectionFilter currentFilter() const;
    void fetchVisible();
    void restoreExpansion(const QSet<QDate>& months);
    void updateNoMatches();
    void showBestMatch(const ReflectionFilter& filter);
    void showBestMatch(const std::optional<ReflectionSummary>& best);
    /// What every new filter ends with. bestMatch: already read (on the search thread), or not yet.
    void finishFilter(const ReflectionFilter& filter, bool newSearch, bool kept,
                      const std::optional<std::optional<ReflectionSummary>>& bestMatch);

    const Database& m_database;
    JournalModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_tag;
    QTreeView* m_list;
    QLabel* m_noMatches;
    QLabel* m_searchProblems;
    QString m_lastSearch;
    QVector<std::function<void(ReflectionFilter&)>> m_addedFilters;
    QTimer m_searchDelay;
    SearchRunner* m_runner;
    quint64 m_ticket = 0; ///< the search asked for and not answered yet
    bool m_selecting = false;
};

} // namespace myfyrio
