#include "app/mainwindow/mainwindow.h"

#include "app/backup/backupactions.h"
#include "app/cards/cardactions.h"
#include "app/common/editsaver.h"
#include "app/common/savestatelabel.h"
#include "app/cpd/cpdview.h"
#include "app/dialogs/messagebox.h"
#include "app/help/guide.h"
#include "app/help/guidedialog.h"
#include "app/icons/icons.h"
#include "app/import/importactions.h"
#include "app/insight/insightview.h"
#include "app/journal/journalmodel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/journal/wordcountlabel.h"
#include "app/mainwindow/aboutdialog.h"
#include "app/mainwindow/clipboardactions.h"
#include "app/mainwindow/textundoactions.h"
#include "app/mainwindow/viewsaving.h"
#include "app/reports/reportactions.h"
#include "app/revisit/actionsview.h"
#include "app/revisit/calendarview.h"
#include "app/revisit/onthisdayview.h"
#include "app/settings/preferencesdialog.h"
#include "app/shell/journalfilemenu.h"
#include "app/supervision/agreementsview.h"
#include "app/trash/trashactions.h"
#include "core/storage/database.h"
#include "core/util/appsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace myfyrio {

namespace {

const QString geometryKey = QStringLiteral("mainwindow/geometry");
const QString stateKey = QStringLiteral("mainwindow/state");
const QString splitterKey = QStringLiteral("journal/splitter");

} // namespace

MainWindow::MainWindow(const Database& database, QWidget* parent)
    : QMainWindow(parent),
      m_database(database),
      m_switcher(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_viewGroup(new QActionGroup(this))
{
    setWindowTitle(QStringLiteral("Myfyrio"));
    setWindowIcon(Icons::application());
    setObjectName(QStringLiteral("MainWindow"));

    m_switcher->setObjectName(QStringLiteral("viewSwitcher"));
    m_switcher->setViewMode(QListView::ListMode);
    m_switcher->setIconSize(QSize(22, 22));
    m_switcher->setFrameShape(QFrame::NoFrame);
    m_switcher->setFixedWidth(160);
    m_switcher->setSpacing(2);
    connect(m_switcher, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_views.size())
            m_views[row].action->trigger();
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_switcher);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_viewGroup->setExclusive(true);
    createViews();
    createActions();
    createMenus();
    statusBar()->addPermanentWidget(new WordCountLabel(m_journal, this));
    // The save state of what is edited in the visible view; leaving a view saves it.
    auto* saveState = new SaveStateLabel(nullptr, this);
    statusBar()->addPermanentWidget(saveState);
    new ViewSaving(m_stack, saveState, this);
    retranslate();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_journal = new JournalView(m_database, this);
    addView(
        m_journal, QStringLiteral("journal"), [] { return tr("Journal"); }, Icons::view(QStringLiteral("journal")));
    auto* insight = new InsightView(m_database, this);
    addView(
        insight, QStringLiteral("insight"), [] { return InsightView::tr("Insight"); },
        Icons::view(QStringLiteral("insight")));
    auto* actions = new ActionsView(m_database, this);
    addView(
        actions, QStringLiteral("actions"), [] { return ActionsView::tr("Actions"); },
        Icons::view(QStringLiteral("actions")));
    auto* calendar = new CalendarView(m_database, this);
    addView(
        calendar, QStringLiteral("calendar"), [] { return CalendarView::tr("Calendar"); },
        Icons::view(QStringLiteral("calendar")));
    auto* onThisDay = new OnThisDayView(m_database, this);
    addView(
        onThisDay, QStringLiteral("on-this-day"), [] { return OnThisDayView::tr("On this day"); },
        Icons::view(QStringLiteral("on-this-day")));
    auto* supervision = new AgreementsView(m_database, this);
    addView(
        supervision, QStringLiteral("supervision"), [] { return AgreementsView::tr("Supervision"); },
        Icons::view(QStringLiteral("supervision")));
    auto* cpd = new CpdView(m_database, this);
    addView(
        cpd, QStringLiteral("cpd"), [] { return CpdView::tr("CPD"); }, Icons::view(QStringLiteral("cpd")));

    // Views that point at a reflection open it in the Journal view.
    connect(actions, &ActionsView::openReflection, this, &MainWindow::openReflection);
    connect(calendar, &CalendarView::openReflection, this, &MainWindow::openReflection);
    connect(onThisDay, &OnThisDayView::openReflection, this, &MainWindow::openReflection);
    connect(cpd, &CpdView::openReflection, this, &MainWindow::openReflection);
    connect(supervision, &AgreementsView::reminderChanged, this, &MainWindow::showReminder);
    // The notice on start: the view worked out its reminders before the connection existed.
    showReminder(supervision->reminderSummary());
}

void MainWindow::openReflection(const QString& id, const QDate& date)
{
    showView(QStringLiteral("journal"));
    // Saves what is open first; on failure the open reflection stays and says why.
    m_journal->openReflection(id, date);
}

void MainWindow::showReminder(const QString& summary)
{
    if (summary.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(summary);
}

void MainWindow::addView(QWidget* view, const QString& id, TitleFunction title, const QIcon& icon,
                         const QKeySequence& shortcut)
{
    View entry{id, view, std::move(title), new QAction(icon, QString(), m_viewGroup)};
    entry.action->setCheckable(true);
    entry.action->setObjectName(QStringLiteral("view-") + id);
    const int number = m_views.size() + 1;
    if (!shortcut.isEmpty())
        entry.action->setShortcut(shortcut);
    else if (number <= 9)
        entry.action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number)));
    m_stack->addWidget(view);
    auto* item = new QListWidgetItem(icon, entry.title(), m_switcher);
    item->setSizeHint(QSize(0, 36));
    connect(entry.action, &QAction::triggered, this, [this, view] {
        const int row = m_stack->indexOf(view);
        m_stack->setCurrentIndex(row);
        const QSignalBlocker blocker(m_switcher);
        m_switcher->setCurrentRow(row);
        m_views[row].action->setChecked(true);
    });
    entry.action->setText(entry.title());
    m_views.append(entry);
    if (m_viewMenu)
        m_viewMenu->addAction(entry.action);
    if (m_views.size() == 1)
        entry.action->trigger();
    updateSwitcher();
}

bool MainWindow::showView(const QString& id)
{
    for (const View& view : std::as_const(m_views)) {
        if (view.id == id) {
            view.action->trigger();
            return true;
        }
    }
    return false;
}

QString MainWindow::currentViewId() const
{
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_views.size() ? m_views[row].id : QString();
}

void MainWindow::updateSwitcher()
{
    // One view needs no switcher; it appears when a second feature adds its view.
    m_switcher->setVisible(m_views.size() > 1);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(Icons::action(QStringLiteral("document-new")), QString(), this);
    m_newAction->setObjectName(QStringLiteral("newReflection"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] {
        showView(QStringLiteral("journal"));
        m_journal->newReflection();
    });

    m_quitAction = new QAction(Icons::action(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setObjectName(QStringLiteral("quit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undo = new TextUndoActions(this);

    m_findAction = new QAction(Icons::action(QStringLiteral("edit-find")), QString(), this);
    m_findAction->setObjectName(QStringLiteral("find"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showView(QStringLiteral("journal"));
        m_journal->focusSearch();
    });

    m_deleteAction = new QAction(Icons::action(QStringLiteral("edit-delete")), QString(), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteReflection"));
    m_deleteAction->setEnabled(m_journal->hasCurrent());
    connect(m_deleteAction, &QAction::triggered, m_journal, &JournalView::deleteCurrent);
    connect(m_journal, &JournalView::currentChanged, m_deleteAction, &QAction::setEnabled);

    m_preferencesAction = new QAction(Icons::action(QStringLiteral("preferences-system")), QString(), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferences"));
    // Most Linux desktops define no standard key for Preferences; Ctrl+, is the common choice.
    m_preferencesAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                          ? QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+,"))}
                                          : QKeySequence::keyBindings(QKeySequence::Preferences));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(Icons::action(QStringLiteral("help-about")), QString(), this);
    m_aboutAction->setObjectName(QStringLiteral("about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_clipboard = new ClipboardActions(this);
    m_guideAction = new QAction(Icons::action(QStringLiteral("help-contents")), QString(), this);
    m_guideAction->setObjectName(QStringLiteral("guide"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, [this] { showGuide(Guide::pageForView(currentViewId())); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addSeparator();
    m_journalFiles = new JournalFileMenu(*m_fileMenu, m_database.path(), this); // New, Open, Recent journals
    m_fileMenu->addSeparator();
    auto* reports = new ReportActions(m_database, *m_fileMenu, this); // reports, JSON backups, Markdown
    reports->setCurrentSearch([this] { return m_journal->model()->filter(); });
    new ImportActions(m_database, *m_fileMenu, this);              // File ▸ Import ▸ other journal programs
    new BackupActions(m_database, *m_fileMenu, statusBar(), this); // Back Up Now, Restore from Backup…
    new CardActions(m_database, *m_journal, *m_fileMenu, this);    // learning cards: share, withdraw, team view
    m_fileMenu->addSeparator();
    auto* trash = new TrashActions(m_database, *m_fileMenu, this);
    connect(trash, &TrashActions::restored, this, &MainWindow::openReflection);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo->undo());
    m_editMenu->addAction(m_undo->redo());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_clipboard->cut());
    m_editMenu->addAction(m_clipboard->copy());
    m_editMenu->addAction(m_clipboard->paste());
    m_editMenu->addAction(m_clipboard->selectAll());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_deleteAction);
    m_editMenu->addAction(m_journal->undoDeleteAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);
    connect(m_editMenu, &QMenu::aboutToShow, m_undo, &TextUndoActions::refresh);
    connect(m_editMenu, &QMenu::aboutToShow, m_clipboard, &ClipboardActions::refresh);

    m_viewMenu = menuBar()->addMenu(QString());
    for (const View& view : std::as_const(m_views))
        m_viewMenu->addAction(view.action);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

QAction* MainWindow::action(const QString& name) const
{
    return findChild<QAction*>(name);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Reflection"));
    m_newAction->setStatusTip(tr("Start a new reflection dated today."));
    m_quitAction->setText(tr("&Quit"));
    m_undo->retranslate();
    m_findAction->setText(tr("&Find…"));
    m_findAction->setStatusTip(tr("Search your reflections."));
    m_deleteAction->setText(tr("&Delete Reflection"));
    m_deleteAction->setStatusTip(tr("Move the reflection to the trash. Undo Delete puts it back."));
    m_preferencesAction->setText(tr("Pr&eferences…"));
    m_aboutAction->setText(tr("&About Myfyrio"));
    m_guideAction->setText(tr("&Guide"));
    m_guideAction->setStatusTip(tr("Read the guide to Myfyrio, at the part for this view."));
    m_clipboard->retranslate();
    for (int i = 0; i < m_views.size(); ++i) {
        const QString title = m_views[i].title();
        m_views[i].action->setText(title);
        m_switcher->item(i)->setText(title);
    }
    m_switcher->setAccessibleName(tr("Views"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Everything open is saved: the journal's editor, an agreement's draft.
    if (const QStringList failures = EditSaver::saveEverything(); !failures.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Close Myfyrio"), tr("Your latest changes could not be saved."),
                        QMessageBox::NoButton, this);
        //: %1 is why, one or more sentences.
        box.setInformativeText(
            tr("%1\n\nIf you close now, those changes will be lost.").arg(failures.join(QStringLiteral("\n"))));
        QPushButton* close = box.addButton(tr("Close and Lose Changes"), QMessageBox::DestructiveRole);
        QPushButton* keep = box.addButton(tr("Keep Open"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        QAbstractButton* const clicked = MessageBox::exec(box);
        if (clicked != close) {
            event->ignore();
            return;
        }
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    auto settings = appSettings();
    if (!restoreGeometry(settings->value(geometryKey).toByteArray())) {
        QSize size(1180, 760);
        if (const QScreen* screen = QApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings->value(stateKey).toByteArray());
    m_journal->splitter()->restoreState(settings->value(splitterKey).toByteArray());
}

void MainWindow::saveWindowState() const
{
    auto settings = appSettings();
    settings->setValue(geometryKey, saveGeometry());
    settings->setValue(stateKey, saveState());
    settings->setValue(splitterKey, m_journal->splitter()->saveState());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showGuide(const QString& page)
{
    if (!m_guide)
        m_guide = new GuideDialog(this);
    m_guide->showPage(page);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

bool MainWindow::openFile(const QString& path)
{
    // Only agreements are opened this way (a double-click on a .myfyrio-agreement file).
    for (const View& view : std::as_const(m_views)) {
        if (auto* agreements = qobject_cast<AgreementsView*>(view.widget)) {
            showView(view.id);
            // Once the window is on screen, so that the import's message has a window to belong to.
            QMetaObject::invokeMethod(
                agreements, [agreements, path] { agreements->importFile(path); }, Qt::QueuedConnection);
            return true;
        }
    }
    return false;
}

void MainWindow::showAbout()
{
    AboutDialog::show(this, m_database.path());
}

} // namespace myfyrio
