#include "app/journal/journalview.h"

#include "app/journal/autosaver.h"
#include "app/journal/emptyjournalpage.h"
#include "app/journal/journalmodel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/reflectioneditor.h"
#include "core/i18n/translations.h"
#include "core/journal/reflectionstore.h"
#include "core/journal/tagstore.h"
#include "core/storage/database.h"
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

    connect(m_panel, &JournalPanel::reflectionChosen, this, &JournalView::open);
    m_panel->list()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_panel->list(), &QWidget::customContextMenuRequested, this, &JournalView::showListMenu);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_panel->list(), nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &JournalView::deleteCurrent);
    connect(m_empty, &EmptyJournalPage::newReflectionRequested, this, &JournalView::newReflection);
    connect(m_autosaver, &Autosaver::saved, this, &JournalView::onSaved);
    connect(qApp, &QApplication::focusChanged, this, &JournalView::onFocusChanged);
    connect(m_model, &JournalModel::readFailed, this, &JournalView::showError);

    retranslate();
    if (auto tags = TagStore(database).all())
        m_editor->setKnownTags(sortedForDisplay(tags.value()));
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
    auto added = ReflectionStore(m_database).add(reflection);
    if (!added) {
        showError(added.error());
        return;
    }
    m_panel->clearSearch(); // so that the new reflection is in the list
    m_panel->reload();
    updatePages();
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
        tr("Delete the reflection “%1” from %2?").arg(name, QLocale().toString(current.date, QLocale::LongFormat)),
        QMessageBox::NoButton, window());
    box.setInformativeText(tr("It will be removed from your journal for good. This cannot be undone."));
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    auto removed = ReflectionStore(m_database).remove(current.id);
    if (!removed) {
        showError(removed.error());
        return;
    }
    m_autosaver->discard();
    showNothing();
    m_panel->reload();
    m_panel->refreshTags();
    updatePages();
}

void JournalView::onSaved(const Reflection& reflection)
{
    if (!m_model->updateRow(reflection)) {
        m_panel->reload();
        m_panel->selectReflection(reflection.id, reflection.date);
    }
    m_panel->refreshTags();
    if (auto tags = TagStore(m_database).all())
        m_editor->setKnownTags(sortedForDisplay(tags.value()));
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
    QMessageBox::warning(window(), QStringLiteral("Myfyrio"), message);
}

} // namespace myfyrio
