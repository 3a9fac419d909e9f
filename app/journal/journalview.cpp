#include "app/journal/journalview.h"

#include "app/attachments/attachmentspanel.h"
#include "app/common/noticebar.h"
#include "app/cpd/cpdpanel.h"
#include "app/dialogs/messagebox.h"
#include "app/failure/failureplacementpanel.h"
#include "app/journal/actionspanel.h"
#include "app/journal/autosaver.h"
#include "app/journal/emptyjournalpage.h"
#include "app/journal/guidedanswerspanel.h"
#include "app/journal/journalmodel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/reflectioneditor.h"
#include "core/i18n/translations.h"
#include "core/journal/actionstore.h"
#include "core/journal/reflectionstore.h"
#include "core/journal/tagstore.h"
#include "core/journal/trashstore.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/util/collation.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace myfyrio {

JournalView::JournalView(const Database& database, QWidget* parent)
    : QWidget(parent),
      m_database(database),
      m_model(new JournalModel(database, this)),
      m_panel(new JournalPanel(database, m_model, this)),
      m_editor(new ReflectionEditor(this)),
      m_autosaver(new Autosaver(database, m_editor, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_pages(new QStackedWidget(this)),
      m_editorPages(new QStackedWidget(this)),
      m_empty(new EmptyJournalPage(this)),
      m_nothingChosen(new QLabel(this)),
      m_notice(new NoticeBar(this)),
      m_undoDelete(new QAction(this))
{
    m_nothingChosen->setAlignment(Qt::AlignCenter);
    m_nothingChosen->setWordWrap(true);
    m_nothingChosen->setForegroundRole(QPalette::PlaceholderText);
    m_editorPages->addWidget(m_nothingChosen);
    m_editorPages->addWidget(m_editor);

    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_editorPages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({300, 660});
    m_panel->setMinimumWidth(260);

    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_splitter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_pages);
    m_undoDelete->setObjectName(QStringLiteral("undoDelete"));
    m_undoDelete->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoDelete->setEnabled(false);
    connect(m_undoDelete, &QAction::triggered, this, &JournalView::undoDelete);

    // The editor's panels, in this order: the failure spectrum (and its question
    // about the system) comes before any panel that asks "what will I do?". The
    // actions come last, where Tab reaches the rows they make as they are added.
    m_editor->addPanel(new FailurePlacementPanel);
    m_editor->addPanel(new GuidedAnswersPanel(database));
    m_editor->addPanel(new CpdPanel);
    m_editor->addPanel(new AttachmentsPanel(database));
    m_actions = new ActionsPanel;
    m_editor->addPanel(m_actions);

    connect(m_panel, &JournalPanel::reflectionChosen, this, &JournalView::open);
    connect(m_panel, &JournalPanel::searchChanged, m_editor, &ReflectionEditor::setSearch);
    connect(m_panel, &JournalPanel::nothingFound, this, [this] {
        if (m_editor->hasReflection() && m_autosaver->saveNow())
            showNothing(); // never an entry outside the results
    });
    m_panel->list()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_panel->list(), &QWidget::customContextMenuRequested, this, &JournalView::showListMenu);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_panel->list(), nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &JournalView::deleteCurrent);
    connect(m_empty, &EmptyJournalPage::newReflectionRequested, this, &JournalView::newReflection);
    connect(qApp, &QApplication::focusChanged, this, &JournalView::onFocusChanged);
    connect(m_model, &JournalModel::readFailed, this, &JournalView::showError);
    connect(m_autosaver, &Autosaver::keptCopy, this, &JournalView::onKeptCopy);

    const JournalChanges& changes = database.changes();
    connect(&changes, &JournalChanges::tagsChanged, this, &JournalView::updateKnownTags);
    connect(&changes, &JournalChanges::actionsChanged, this, &JournalView::onActionsChanged);
    connect(&changes, &JournalChanges::reflectionsAdded, this, &JournalView::updatePages);
    connect(&changes, &JournalChanges::reflectionsRemoved, this, &JournalView::onReflectionsRemoved);
    connect(&changes, &JournalChanges::journalReplaced, this, &JournalView::onJournalReplaced);
    connect(&changes, &JournalChanges::trashChanged, this, &JournalView::onTrashChanged);

    retranslate();
    updateKnownTags();
    showNothing();
    updatePages();
}

JournalView::~JournalView()
{
    disconnect(qApp, &QApplication::focusChanged, this, &JournalView::onFocusChanged);
}

void JournalView::retranslate()
{
    m_nothingChosen->setText(tr("Choose a reflection from the list, or start a new one."));
    //: In the Edit menu: puts back the reflection just moved to the trash.
    m_undoDelete->setText(tr("U&ndo Delete"));
}

void JournalView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool JournalView::hasCurrent() const
{
    return m_editor->hasReflection();
}

bool JournalView::saveNow()
{
    return m_autosaver->saveNow();
}

EditSaver* JournalView::editSaver() const
{
    return m_autosaver;
}

void JournalView::focusSearch()
{
    if (m_pages->currentWidget() == m_splitter)
        m_panel->focusSearch();
}

bool JournalView::openReflection(const QString& id, const QDate& date)
{
    open(id, date);
    if (m_editor->reflectionId() != id)
        return false;
    m_panel->selectReflection(id, date);
    return true;
}

void JournalView::open(const QString& id, const QDate& date)
{
    if (id == m_editor->reflectionId())
        return;
    // Switching entry saves first (or drops a new one left blank); if that
    // fails, stay on the text that is not saved.
    if (!m_autosaver->saveBeforeLeaving()) {
        const Reflection current = m_editor->reflection();
        m_panel->selectReflection(current.id, current.date);
        return;
    }
    auto found = ReflectionStore(m_database).find(id);
    if (!found) {
        showError(found.error());
        return;
    }
    if (!found->has_value()) {
        m_panel->reload();
        return;
    }
    showReflection(**found);
    // A blank new reflection dropped on the way may have moved the list's selection.
    m_panel->selectReflection(id, date);
}

void JournalView::showReflection(const Reflection& reflection)
{
    m_editor->setReflection(reflection);
    m_editorPages->setCurrentWidget(m_editor);
    emit currentChanged(true);
}

void JournalView::showNothing()
{
    m_editor->clearReflection();
    m_editorPages->setCurrentWidget(m_nothingChosen);
    emit currentChanged(false);
}

void JournalView::newReflection()
{
    if (!m_autosaver->saveBeforeLeaving())
        return;
    Reflection reflection;
    reflection.date = QDate::currentDate();
    reflection.language = Translations::current();
    m_panel->clearSearch(); // so that the new reflection is in the list
    auto added = ReflectionStore(m_database).add(reflection);
    if (!added) {
        showError(added.error());
        return;
    }
    m_panel->selectReflection(added->id, added->date);
    showReflection(added.value());
    m_autosaver->markNew(added->id);
    m_editor->focusTitle();
}

void JournalView::deleteCurrent()
{
    if (!hasCurrent())
        return;
    const Reflection current = m_editor->reflection();
    const QString title = current.title.isEmpty() ? tr("Untitled reflection") : current.title;
    // The trash keeps what was last saved, so the latest typing is saved first.
    if (!m_autosaver->saveBeforeLeaving()) {
        //: %1 is the reflection's title, %2 why its changes could not be saved (a sentence).
        showError(tr("“%1” was not moved to the trash, because its latest changes could not be saved. %2")
                      .arg(title, m_autosaver->failure()));
        return;
    }
    if (!m_editor->hasReflection())
        return; // a new reflection nobody wrote in: it was deleted for good, nothing to undo
    auto trashed = ReflectionStore(m_database).moveToTrash(current.id);
    if (!trashed) {
        showError(trashed.error());
        return;
    }
    m_trashedId = trashed.value();
    m_undoDelete->setEnabled(true);
    m_notice->showNotice(
        //: %1 is the reflection's title.
        [title] { return tr("“%1” was moved to the trash.").arg(title); },
        //: The button beside "… was moved to the trash": puts it back.
        [] { return tr("&Undo"); }, [this] { undoDelete(); });
    m_panel->list()->setFocus(Qt::OtherFocusReason);
}

void JournalView::undoDelete()
{
    if (m_trashedId.isEmpty() || !m_autosaver->saveBeforeLeaving())
        return;
    const QString trashId = m_trashedId;
    forgetTrashed();
    auto restored = ReflectionStore(m_database).restoreFromTrash(trashId);
    if (!restored) {
        showError(restored.error());
        return;
    }
    m_panel->clearSearch(); // so that it is in the list
    showReflection(restored.value());
    m_panel->selectReflection(restored->id, restored->date);
}

void JournalView::forgetTrashed()
{
    m_trashedId.clear();
    m_undoDelete->setEnabled(false);
    m_notice->dismiss();
}

void JournalView::onTrashChanged()
{
    // Restored or deleted for good elsewhere (the Trash dialog): nothing left to undo.
    if (m_trashedId.isEmpty())
        return;
    auto found = TrashStore(m_database).find(m_trashedId);
    if (found && !found->has_value())
        forgetTrashed();
}

void JournalView::onKeptCopy(const Reflection& copy, const QString& originalTitle, bool gone)
{
    const QString copyTitle = copy.title;
    m_notice->showNotice([=] { return Autosaver::copyNotice(originalTitle, copyTitle, gone); });
    m_panel->selectReflection(copy.id, copy.date);
}

void JournalView::updateKnownTags()
{
    if (auto tags = TagStore(m_database).all())
        m_editor->setKnownTags(sortedForDisplay(tags.value()));
}

void JournalView::onActionsChanged(const QStringList& reflectionIds)
{
    // An action ticked elsewhere (the Actions view) is ticked in the open copy
    // too, so that saving the editor later keeps it.
    const QString open = m_editor->reflectionId();
    if (open.isEmpty() || !reflectionIds.contains(open))
        return;
    auto actions = ActionStore(m_database).actionsOf(open);
    if (!actions)
        return;
    for (const Action& action : *actions)
        m_actions->setActionDone(action.id, action.done);
}

void JournalView::onReflectionsRemoved(const QStringList& ids)
{
    if (ids.contains(m_editor->reflectionId())) {
        m_autosaver->discard();
        showNothing();
    }
    updatePages();
}

void JournalView::onJournalReplaced()
{
    // A restore or an import: show what the journal now holds.
    forgetTrashed();
    const QString open = m_editor->reflectionId();
    m_autosaver->discard();
    showNothing();
    updatePages();
    updateKnownTags();
    if (open.isEmpty())
        return;
    if (auto found = ReflectionStore(m_database).find(open); found && found->has_value()) {
        showReflection(**found);
        m_panel->selectReflection(open, (*found)->date);
    }
}

void JournalView::onFocusChanged(QWidget* old, QWidget* now)
{
    // Focus leaving the editor (to the list, another view or another window) saves.
    if (old && m_editor->isAncestorOf(old) && !(now && m_editor->isAncestorOf(now)))
        m_autosaver->saveNow();
}

void JournalView::showListMenu(const QPoint& position)
{
    QTreeView* list = m_panel->list();
    const QModelIndex index = list->indexAt(position);
    QMenu menu(this);
    menu.addAction(tr("New Reflection"), this, &JournalView::newReflection);
    if (index.isValid() && !index.data(JournalModel::IsMonthRole).toBool()) {
        list->setCurrentIndex(index); // opens it, saving the one before
        if (m_editor->reflectionId() == index.data(JournalModel::IdRole).toString())
            menu.addAction(tr("Move to Trash"), this, &JournalView::deleteCurrent);
    }
    menu.exec(list->viewport()->mapToGlobal(position));
}

void JournalView::updatePages()
{
    const bool empty = m_model->rowCount() == 0 && m_model->filter().isEmpty();
    m_pages->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_splitter);
}

void JournalView::showError(const QString& message)
{
    MessageBox::warning(window(), QStringLiteral("Myfyrio"), message);
}

} // namespace myfyrio
