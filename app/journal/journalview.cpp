#include "app/journal/journalview.h"

#include "app/attachments/attachmentspanel.h"
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
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/util/collation.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
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
      m_nothingChosen(new QLabel(this))
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
    layout->addWidget(m_pages);

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

    const JournalChanges& changes = database.changes();
    connect(&changes, &JournalChanges::tagsChanged, this, &JournalView::updateKnownTags);
    connect(&changes, &JournalChanges::actionsChanged, this, &JournalView::onActionsChanged);
    connect(&changes, &JournalChanges::reflectionsAdded, this, &JournalView::updatePages);
    connect(&changes, &JournalChanges::reflectionsRemoved, this, &JournalView::onReflectionsRemoved);
    connect(&changes, &JournalChanges::journalReplaced, this, &JournalView::onJournalReplaced);

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
    // Switching entry saves first; if that fails, stay on the text that is not saved.
    if (!m_autosaver->saveNow()) {
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
    Q_UNUSED(date);
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
    if (!m_autosaver->saveNow())
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
    m_editor->focusTitle();
}

void JournalView::deleteCurrent()
{
    if (!hasCurrent())
        return;
    const Reflection current = m_editor->reflection();
    const QString name = current.title.isEmpty() ? tr("Untitled reflection") : current.title;
    QMessageBox box(
        QMessageBox::Warning, tr("Delete Reflection"),
        //: %1 is a name; %2 is a date.
        tr("Delete the reflection “%1” from %2?").arg(name, QLocale().toString(current.date, QLocale::LongFormat)),
        QMessageBox::NoButton, window());
    box.setInformativeText(tr("It will be removed from your journal for good. This cannot be undone."));
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    QAbstractButton* const clicked = MessageBox::exec(box);
    if (clicked != remove)
        return;
    auto removed = ReflectionStore(m_database).remove(current.id);
    if (!removed) {
        showError(removed.error());
        return;
    }
    m_autosaver->discard();
    showNothing();
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
            menu.addAction(tr("Delete Reflection…"), this, &JournalView::deleteCurrent);
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
