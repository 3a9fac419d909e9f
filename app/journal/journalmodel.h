#pragma once

#include "core/journal/reflection.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

namespace myfyrio {

class Database;
class ReflectionStore;

/// The journal as a two-level tree: months (newest first) and, under each, the
/// reflections written about days in that month (newest first).
///
/// Months and their counts come from one grouped query; the reflections of a
/// month are read only when asked for, a page at a time, so a journal of
/// 100,000 reflections opens without reading them.
///
/// canFetchMore() offers a view only a month's first page: QTreeView calls
/// fetchMore() on every expanded parent at every relayout and would otherwise
/// read whole months. Later pages come from fetchMore() called by whoever sees
/// the last loaded row (JournalPanel does when it scrolls into sight);
/// hasMore() says whether there are any.
class JournalModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString, reflections only
        DateRole,                  ///< QDate: the day (reflections) or the month's first day
        TagsRole,                  ///< QStringList
        SnippetRole,               ///< QString with snippetMarkStart/End around matches
        CountRole,                 ///< int: how many reflections a month holds
        IsMonthRole,               ///< bool
        SupervisionRole,           ///< bool: marked to bring to supervision
        LanguageRole,              ///< "cy" or "en"
        UntitledRole,              ///< bool: the title is empty (DisplayRole then says so)
        FailureReasonRole,         ///< QString: failure reason code, empty when not placed
    };

    static constexpr int pageSize = 100;

    explicit JournalModel(const Database& database, QObject* parent = nullptr);
    ~JournalModel() override;

    /// Reads the months again for a filter; reflections are fetched lazily.
    void setFilter(const ReflectionFilter& filter);
    ReflectionFilter filter() const { return m_filter; }

    /// Reads everything again with the current filter.
    void refresh();
    /// Shows what was read elsewhere for a filter (SearchRunner): its months,
    /// and the first page of some of them (by month row).
    void setResults(const ReflectionFilter& filter, const QVector<MonthCount>& months,
                    const QHash<int, QVector<ReflectionSummary>>& firstPages);

    /// The index of a reflection, fetching pages of its month until it is
    /// found; invalid when the filter hides it or it is gone.
    QModelIndex indexOf(const QString& id, const QDate& date);
    /// The index of a reflection among the rows read so far (reads nothing).
    QModelIndex loadedIndexOf(const QString& id) const;

    enum class RowUpdate { Updated, NotLoaded, Moved };
    /// Updates a loaded row in place after a change (its snippet is kept).
    /// Moved: its date changed month, so the caller should refresh().
    RowUpdate updateRow(const ReflectionSummary& summary);

    /// Month labels and dates follow the interface language: call after a language change.
    void retranslate();

    /// How many reflection rows are held in memory (for tests and diagnostics).
    int loadedReflectionCount() const;
    /// How many reflections match the filter, over all months.
    int totalCount() const;
    /// The last error sentence from the store, or empty.
    QString lastError() const { return m_lastError; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    /// Reads the next page of a month.
    void fetchMore(const QModelIndex& parent) override;
    /// Whether a month holds reflections not read yet.
    bool hasMore(const QModelIndex& parent) const;

signals:
    /// A store error while reading (the sentence is also in lastError()).
    void readFailed(const QString& message);

private:
    struct Month {
        QDate first;
        int count = 0;
        QVector<ReflectionSummary> rows;
    };

    QVariant monthData(const Month& month, int role) const;
    QVariant reflectionData(const ReflectionSummary& row, int role) const;
    void loadMonths();
    bool fetchPage(int monthRow);

    std::unique_ptr<ReflectionStore> m_store;
    ReflectionFilter m_filter;
    QVector<Month> m_months;
    QString m_lastError;
};

} // namespace myfyrio
