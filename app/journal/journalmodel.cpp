#include "app/journal/journalmodel.h"

#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/util/collation.h"

#include <QLocale>

namespace myfyrio {

// Month rows carry internal id 0; a reflection row carries its month's row + 1.

JournalModel::JournalModel(const Database& database, QObject* parent)
    : QAbstractItemModel(parent), m_store(std::make_unique<ReflectionStore>(database))
{
    loadMonths();
}

JournalModel::~JournalModel() = default;

void JournalModel::setFilter(const ReflectionFilter& filter)
{
    m_filter = filter;
    refresh();
}

void JournalModel::refresh()
{
    beginResetModel();
    loadMonths();
    endResetModel();
}

void JournalModel::setResults(const ReflectionFilter& filter, const QVector<MonthCount>& months,
                              const QHash<int, QVector<ReflectionSummary>>& firstPages)
{
    beginResetModel();
    m_filter = filter;
    m_lastError.clear();
    m_months.clear();
    m_months.reserve(months.size());
    for (int m = 0; m < months.size(); ++m) {
        Month month{months.at(m).month, months.at(m).count, firstPages.value(m)};
        for (ReflectionSummary& row : month.rows)
            row.tags = sortedForDisplay(row.tags);
        m_months.append(std::move(month));
    }
    endResetModel();
}

void JournalModel::loadMonths()
{
    m_months.clear();
    auto months = m_store->months(m_filter);
    if (!months) {
        m_lastError = months.error();
        emit readFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    m_months.reserve(months->size());
    for (const MonthCount& count : *months)
        m_months.append(Month{count.month, count.count, {}});
}

bool JournalModel::fetchPage(int monthRow)
{
    Month& month = m_months[monthRow];
    ReflectionFilter pageFilter = m_filter;
    pageFilter.from = month.first;
    pageFilter.to = month.first.addMonths(1).addDays(-1);
    auto page = m_store->list(pageFilter, pageSize, month.rows.size());
    if (!page) {
        m_lastError = page.error();
        emit readFailed(m_lastError);
        return false;
    }
    if (page->isEmpty()) {
        // The journal changed under us: believe what is there.
        month.count = month.rows.size();
        return false;
    }
    for (ReflectionSummary& row : *page)
        row.tags = sortedForDisplay(row.tags);
    const QModelIndex parentIndex = index(monthRow, 0);
    const int first = month.rows.size();
    beginInsertRows(parentIndex, first, first + page->size() - 1);
    month.rows += *page;
    endInsertRows();
    return true;
}

QModelIndex JournalModel::indexOf(const QString& id, const QDate& date)
{
    const QDate first(date.year(), date.month(), 1);
    for (int m = 0; m < m_months.size(); ++m) {
        if (m_months[m].first != first)
            continue;
        int searched = 0;
        while (true) {
            const QVector<ReflectionSummary>& rows = m_months[m].rows;
            for (int r = searched; r < rows.size(); ++r) {
                if (rows[r].id == id)
                    return index(r, 0, index(m, 0));
            }
            searched = rows.size();
            if (!hasMore(index(m, 0)) || !fetchPage(m))
                return {};
        }
    }
    return {};
}

QModelIndex JournalModel::loadedIndexOf(const QString& id) const
{
    if (id.isEmpty())
        return {};
    for (int m = 0; m < m_months.size(); ++m) {
        const QVector<ReflectionSummary>& rows = m_months[m].rows;
        for (int r = 0; r < rows.size(); ++r) {
            if (rows[r].id == id)
                return index(r, 0, index(m, 0));
        }
    }
    return {};
}

JournalModel::RowUpdate JournalModel::updateRow(const ReflectionSummary& summary)
{
    for (int m = 0; m < m_months.size(); ++m) {
        QVector<ReflectionSummary>& rows = m_months[m].rows;
        for (int r = 0; r < rows.size(); ++r) {
            ReflectionSummary& row = rows[r];
            if (row.id != summary.id)
                continue;
            if (row.date != summary.date)
                return RowUpdate::Moved;
            const QString snippet = row.snippet;
            row = summary;
            row.snippet = snippet;
            row.tags = sortedForDisplay(row.tags);
            const QModelIndex changed = index(r, 0, index(m, 0));
            emit dataChanged(changed, changed);
            return RowUpdate::Updated;
        }
    }
    return RowUpdate::NotLoaded;
}

void JournalModel::retranslate()
{
    if (!m_months.isEmpty()) {
        emit dataChanged(index(0, 0), index(m_months.size() - 1, 0));
        for (int m = 0; m < m_months.size(); ++m) {
            if (!m_months[m].rows.isEmpty())
                emit dataChanged(index(0, 0, index(m, 0)), index(m_months[m].rows.size() - 1, 0, index(m, 0)));
        }
    }
    emit headerDataChanged(Qt::Horizontal, 0, 0);
}

int JournalModel::loadedReflectionCount() const
{
    int loaded = 0;
    for (const Month& month : m_months)
        loaded += month.rows.size();
    return loaded;
}

int JournalModel::totalCount() const
{
    int total = 0;
    for (const Month& month : m_months)
        total += month.count;
    return total;
}

QModelIndex JournalModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_months.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_months.size())
        return {};
    if (row >= m_months[parent.row()].rows.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex JournalModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int JournalModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_months.size();
    if (parent.internalId() == 0 && parent.row() < m_months.size())
        return m_months[parent.row()].rows.size();
    return 0;
}

int JournalModel::columnCount(const QModelIndex&) const
{
    return 1;
}

bool JournalModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return !m_months.isEmpty();
    return parent.internalId() == 0 && parent.row() < m_months.size() && m_months[parent.row()].count > 0;
}

bool JournalModel::hasMore(const QModelIndex& parent) const
{
    if (!parent.isValid() || parent.internalId() != 0 || parent.row() >= m_months.size())
        return false;
    const Month& month = m_months[parent.row()];
    return month.rows.size() < month.count;
}

bool JournalModel::canFetchMore(const QModelIndex& parent) const
{
    return hasMore(parent) && m_months[parent.row()].rows.isEmpty();
}

void JournalModel::fetchMore(const QModelIndex& parent)
{
    if (hasMore(parent))
        fetchPage(parent.row());
}

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return index.row() < m_months.size() ? monthData(m_months[index.row()], role) : QVariant();
    const int monthRow = int(index.internalId() - 1);
    if (monthRow >= m_months.size() || index.row() >= m_months[monthRow].rows.size())
        return {};
    return reflectionData(m_months[monthRow].rows[index.row()], role);
}

QVariant JournalModel::monthData(const Month& month, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        //: A month heading in the journal list: %1 is the month's name, %2 the year.
        return tr("%1 %2").arg(QLocale().standaloneMonthName(month.first.month()), QString::number(month.first.year()));
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return tr("%n reflection(s)", nullptr, month.count);
    case DateRole:
        return month.first;
    case CountRole:
        return month.count;
    case IsMonthRole:
        return true;
    default:
        return {};
    }
}

QVariant JournalModel::reflectionData(const ReflectionSummary& row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return row.title.trimmed().isEmpty() ? tr("Untitled reflection") : row.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return QLocale().toString(row.date, QLocale::LongFormat);
    case IdRole:
        return row.id;
    case DateRole:
        return row.date;
    case TagsRole:
        return row.tags;
    case SnippetRole:
        return row.snippet;
    case IsMonthRole:
        return false;
    case SupervisionRole:
        return row.bringToSupervision;
    case LanguageRole:
        return row.language;
    case UntitledRole:
        return row.title.trimmed().isEmpty();
    case FailureReasonRole:
        return row.failureReason;
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Reflections");
    return {};
}

} // namespace myfyrio
