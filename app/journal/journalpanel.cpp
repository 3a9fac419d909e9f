#include "app/journal/journalpanel.h"

#include "app/failure/failurefilterbox.h"
#include "app/journal/journaldelegate.h"
#include "app/journal/journalmodel.h"
#include "app/journal/searchrunner.h"
#include "app/journal/tabkeys.h"
#include "app/revisit/scalefilter.h"
#include "core/journal/reflectionstore.h"
#include "core/journal/tagstore.h"
#include "core/search/searchquery.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/util/collation.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace myfyrio {

namespace {

constexpr int monthsOpenByDefault = 3;

/// A magnifying glass in the placeholder colour, drawn so that it looks the
/// same with or without an icon theme.
QIcon searchIcon(const QPalette& palette)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::PlaceholderText), 3.2, Qt::SolidLine, Qt::RoundCap));
    painter.drawEllipse(QRectF(6, 6, 15, 15));
    painter.drawLine(QPointF(19, 19), QPointF(26, 26));
    return QIcon(pixmap);
}

} // namespace

JournalPanel::JournalPanel(const Database& database, JournalModel* model, QWidget* parent)
    : QWidget(parent),
      m_database(database),
      m_model(model),
      m_search(new QLineEdit(this)),
      m_tag(new QComboBox(this)),
      m_list(new QTreeView(this)),
      m_noMatches(new QLabel(this)),
      m_searchProblems(new QLabel(this)),
      m_runner(new SearchRunner(database.path(), this))
{
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find"), searchIcon(palette())),
                        QLineEdit::LeadingPosition);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(12);

    m_list->setModel(m_model);
    m_list->setItemDelegate(new JournalDelegate(m_list));
    m_list->setHeaderHidden(true);
    m_list->setUniformRowHeights(false);
    m_list->setIndentation(10);
    m_list->setRootIsDecorated(true);
    m_list->setAnimated(false);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_noMatches->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noMatches->setWordWrap(true);
    m_noMatches->setForegroundRole(QPalette::PlaceholderText);
    m_noMatches->setContentsMargins(16, 24, 16, 16);
    m_noMatches->hide();
    m_searchProblems->setObjectName(QStringLiteral("searchProblems"));
    m_searchProblems->setWordWrap(true);
    m_searchProblems->setForegroundRole(QPalette::PlaceholderText);
    m_searchProblems->hide();

    auto* filters = new QVBoxLayout;
    filters->setContentsMargins(10, 10, 10, 6);
    filters->setSpacing(6);
    filters->addWidget(m_search);
    filters->addWidget(m_searchProblems);
    filters->addWidget(m_tag);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noMatches, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMilliseconds);
    // Typing searches on another thread (SearchRunner); the other filters read here.
    connect(&m_searchDelay, &QTimer::timeout, this, &JournalPanel::requestFilter);
    connect(m_runner, &SearchRunner::finished, this, &JournalPanel::onSearchFinished);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_tag, &QComboBox::activated, this, &JournalPanel::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    // Queued: fetching inserts rows, which the view must not see in the middle of a layout.
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &JournalPanel::fetchVisible,
            Qt::QueuedConnection);
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this, &JournalPanel::fetchVisible,
            Qt::QueuedConnection);
    connect(m_list, &QTreeView::expanded, this, &JournalPanel::fetchVisible, Qt::QueuedConnection);

    setTabOrder(m_search, m_tag);
    setTabOrder(m_tag, m_list);

    // The narrowing controls of other features, in the order of the editor's panels.
    auto* failure = new FailureFilterBox(this);
    failure->setObjectName(QStringLiteral("failureFilter"));
    addFilter(failure, [failure](ReflectionFilter& f) { failure->applyTo(f); });
    connect(failure, &FailureFilterBox::changed, this, &JournalPanel::applyFilter);
    auto* scale = new ScaleFilter(this);
    scale->setObjectName(QStringLiteral("scaleFilter"));
    addFilter(scale, [scale](ReflectionFilter& f) { scale->applyTo(f); });
    connect(scale, &QComboBox::activated, this, &JournalPanel::applyFilter);

    // The list follows the journal: whoever writes, the store announces it.
    const JournalChanges& changes = database.changes();
    connect(&changes, &JournalChanges::reflectionsAdded, this, &JournalPanel::reload);
    connect(&changes, &JournalChanges::reflectionsRemoved, this, &JournalPanel::reload);
    connect(&changes, &JournalChanges::reflectionsChanged, this, &JournalPanel::onReflectionsChanged);
    connect(&changes, &JournalChanges::tagsChanged, this, &JournalPanel::refreshTags);
    connect(&changes, &JournalChanges::journalReplaced, this, [this] {
        m_runner->reopen();
        refreshTags();
        reload();
    });

    retranslate();
    refreshTags();
    restoreExpansion({});
    updateNoMatches();
}

void JournalPanel::onReflectionsChanged(const QStringList& ids)
{
    const ReflectionStore store(m_database);
    for (const QString& id : ids) {
        auto summary = store.summary(id);
        if (!summary || !summary->has_value()) {
            reload();
            return;
        }
        if (m_model->updateRow(**summary) == JournalModel::RowUpdate::Moved) {
            const bool wasCurrent = currentId() == id;
            reload();
            if (wasCurrent)
                selectReflection(id, (*summary)->date);
        }
    }
}

void JournalPanel::retranslate()
{
    //: The hint in the empty search box, which has room for about 40 letters; the
    //: tooltip gives the whole syntax. The Welsh keys (NEU, iaith:) work as well.
    m_search->setPlaceholderText(tr("words \"a phrase\" OR -word tag: lang:"));
    m_search->setAccessibleName(tr("Search reflections"));
    m_search->setToolTip(SearchQuery::syntaxHint());
    m_search->setAccessibleDescription(SearchQuery::syntaxHint());
    m_tag->setAccessibleName(tr("Show reflections with this tag"));
    if (m_tag->count() > 0)
        m_tag->setItemText(0, tr("All tags"));
    m_tag->setAccessibleDescription(tr("Shows only the reflections that carry the tag you choose."));
    m_list->setAccessibleName(tr("Reflections by month"));
    m_list->setAccessibleDescription(tr("Your reflections, newest first. The arrow keys move; Enter opens one."));
    m_noMatches->setText(tr("No reflections match your search."));
}

void JournalPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshTags(); // the order of tags follows the language
        m_model->retranslate();
        m_list->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void JournalPanel::refreshTags()
{
    const QString chosen = m_tag->currentData().toString();
    auto tags = TagStore(m_database).all();
    const QStringList sorted = tags ? sortedForDisplay(tags.value()) : QStringList();
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString& tag : sorted)
        m_tag->addItem(QStringLiteral("#") + tag, tag);
    int index = 0;
    for (int i = 1; i < m_tag->count(); ++i) {
        if (TagStore::folded(m_tag->itemData(i).toString()) == TagStore::folded(chosen))
            index = i;
    }
    m_tag->setCurrentIndex(index);
    if (index == 0 && !chosen.isEmpty())
        applyFilter(); // the chosen tag is no longer used
}

void JournalPanel::addFilter(QWidget* control, std::function<void(ReflectionFilter&)> apply)
{
    if (auto* filters = qobject_cast<QVBoxLayout*>(layout()->itemAt(0)->layout())) {
        filters->addWidget(control);
        // Tab goes through the filters in the order they are shown, then to the list;
        // a filter may hold several controls (reason and type).
        const QVector<QWidget*> before = TabKeys::stops(filters->itemAt(filters->count() - 2)->widget());
        QWidget* last = TabKeys::chain(before.isEmpty() ? m_search : before.last(), TabKeys::stops(control));
        setTabOrder(last, m_list);
    }
    m_addedFilters.append(std::move(apply));
}

ReflectionFilter JournalPanel::currentFilter() const
{
    ReflectionFilter filter;
    filter.text = m_search->text();
    filter.tag = m_tag->currentData().toString();
    for (const auto& apply : std::as_const(m_addedFilters))
        apply(filter);
    return filter;
}

void JournalPanel::requestFilter()
{
    m_searchDelay.stop();
    m_ticket = m_runner->request(currentFilter(), monthsOpenByDefault, JournalModel::pageSize);
}

void JournalPanel::onSearchFinished(const SearchRunner::Result& result)
{
    if (result.ticket != m_ticket)
        return; // overtaken by a newer search, or by a change read directly
    m_ticket = 0;
    if (!result.error.isEmpty()) {
        applyFilter(); // read it here instead: the error, if any, is shown as for any read
        return;
    }
    const QString current = currentId();
    const bool newSearch = result.filter.text.trimmed() != m_lastSearch;
    m_lastSearch = result.filter.text.trimmed();
    m_selecting = true;
    m_model->setResults(result.filter, result.months, result.firstPages);
    restoreExpansion({});
    // Only among what was read: finding it further down would read on this thread.
    // A new search shows its best match; a narrower filter keeps the open reflection if it still matches.
    bool kept = false;
    if (!(newSearch && !m_lastSearch.isEmpty())) {
        if (const QModelIndex index = m_model->loadedIndexOf(current); index.isValid()) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            kept = true;
        }
    }
    m_selecting = false;
    finishFilter(result.filter, newSearch, kept, result.bestMatch);
}

void JournalPanel::applyFilter()
{
    m_searchDelay.stop();
    m_ticket = 0; // a search still running is answered by this reading
    const ReflectionFilter filter = currentFilter();
    const QString current = currentId();
    const QDate currentDate = m_list->currentIndex().data(JournalModel::DateRole).toDate();
    const bool newSearch = filter.text.trimmed() != m_lastSearch;
    m_lastSearch = filter.text.trimmed();
    m_selecting = true;
    m_model->setFilter(filter);
    restoreExpansion({});
    // A new search shows its best match; a narrower filter keeps the open reflection if it still matches.
    const bool kept =
        !current.isEmpty() && !(newSearch && !m_lastSearch.isEmpty()) && selectReflection(current, currentDate);
    m_selecting = false;
    finishFilter(filter, newSearch, kept, std::nullopt);
}

void JournalPanel::finishFilter(const ReflectionFilter& filter, bool newSearch, bool kept,
                                const std::optional<std::optional<ReflectionSummary>>& bestMatch)
{
    const QStringList problems = SearchQuery::parse(filter.text).problems();
    m_searchProblems->setText(problems.join(QLatin1Char('\n')));
    m_searchProblems->setVisible(!problems.isEmpty());
    updateNoMatches();
    if (newSearch)
        emit searchChanged(m_lastSearch);
    if (!kept && !filter.isEmpty()) {
        if (bestMatch)
            showBestMatch(*bestMatch);
        else
            showBestMatch(filter);
    }
    emit listUpdated();
}

void JournalPanel::showBestMatch(const ReflectionFilter& filter)
{
    ReflectionFilter ranked = filter;
    ranked.bestMatchFirst = true;
    auto best = ReflectionStore(m_database).list(ranked, 1);
    if (!best)
        return;
    showBestMatch(best->isEmpty() ? std::nullopt : std::optional<ReflectionSummary>(best->constFirst()));
}

void JournalPanel::showBestMatch(const std::optional<ReflectionSummary>& best)
{
    if (!best) {
        emit nothingFound();
        return;
    }
    // Selected when its row has been read; the editor shows it either way.
    if (const QModelIndex index = m_model->loadedIndexOf(best->id); index.isValid()) {
        const bool wasSelecting = m_selecting;
        m_selecting = true;
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
        m_selecting = wasSelecting;
    }
    emit reflectionChosen(best->id, best->date);
}

void JournalPanel::reload()
{
    if (m_ticket != 0) {
        requestFilter(); // a search is on its way: ask again, so that it sees this change
        return;
    }
    QSet<QDate> open;
    for (int m = 0; m < m_model->rowCount(); ++m) {
        const QModelIndex month = m_model->index(m, 0);
        if (m_list->isExpanded(month))
            open.insert(month.data(JournalModel::DateRole).toDate());
    }
    const QString current = currentId();
    const QDate currentDate = m_list->currentIndex().data(JournalModel::DateRole).toDate();
    m_selecting = true;
    m_model->refresh();
    restoreExpansion(open);
    if (!current.isEmpty())
        selectReflection(current, currentDate);
    m_selecting = false;
    updateNoMatches();
}

void JournalPanel::restoreExpansion(const QSet<QDate>& months)
{
    for (int m = 0; m < m_model->rowCount(); ++m) {
        const QModelIndex month = m_model->index(m, 0);
        const bool open =
            months.isEmpty() ? m < monthsOpenByDefault : months.contains(month.data(JournalModel::DateRole).toDate());
        if (!open)
            continue;
        // After a reset the view only notes the expansion and fetches nothing: fetch the first page here.
        if (m_model->rowCount(month) == 0 && m_model->hasMore(month))
            m_model->fetchMore(month);
        m_list->expand(month);
    }
}

bool JournalPanel::selectReflection(const QString& id, const QDate& date)
{
    const QModelIndex index = m_model->indexOf(id, date);
    const bool wasSelecting = m_selecting;
    m_selecting = true;
    if (index.isValid()) {
        m_list->expand(index.parent());
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    } else {
        m_list->selectionModel()->clearCurrentIndex();
        m_list->clearSelection();
    }
    m_selecting = wasSelecting;
    return index.isValid();
}

QString JournalPanel::currentId() const
{
    return m_list->currentIndex().data(JournalModel::IdRole).toString();
}

void JournalPanel::clearSearch()
{
    if (m_search->text().isEmpty() && m_tag->currentIndex() == 0)
        return;
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    m_tag->setCurrentIndex(0);
    applyFilter();
}

void JournalPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void JournalPanel::onCurrentChanged(const QModelIndex& current)
{
    if (m_selecting || !current.isValid() || current.data(JournalModel::IsMonthRole).toBool())
        return;
    emit reflectionChosen(current.data(JournalModel::IdRole).toString(), current.data(JournalModel::DateRole).toDate());
}

void JournalPanel::fetchVisible()
{
    // QTreeView fetches a month's first page when it is expanded; the pages
    // after it are fetched here, when the last loaded row comes into sight.
    const QRect visible = m_list->viewport()->rect();
    for (int m = 0; m < m_model->rowCount(); ++m) {
        const QModelIndex month = m_model->index(m, 0);
        if (!m_list->isExpanded(month) || !m_model->hasMore(month))
            continue;
        const int loaded = m_model->rowCount(month);
        const QRect last = m_list->visualRect(m_model->index(loaded - 1, 0, month));
        if (loaded == 0 || last.intersects(visible))
            m_model->fetchMore(month);
    }
}

void JournalPanel::updateNoMatches()
{
    const bool none = m_model->rowCount() == 0 && !m_model->filter().isEmpty();
    m_noMatches->setVisible(none);
    m_list->setVisible(!none);
}

} // namespace myfyrio
