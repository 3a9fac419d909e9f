#pragma once

#include <QDate>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QVector>

#include <functional>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace myfyrio {

class ClipboardActions;
class Database;
class GuideDialog;
class JournalFileMenu;
class JournalView;
class TextUndoActions;

/// The main window assembles the features; it holds none of them.
///
/// A feature shows itself as a "view": a widget in the central stack, chosen
/// from the switcher on the left or the View menu (Ctrl+1, Ctrl+2, …). To add
/// one, construct it and add it in MainWindow::createViews(); nothing outside
/// this class reaches into the window to plug itself in:
///
///     addView(new CalendarView(m_database, this), QStringLiteral("calendar"),
///             [] { return tr("Calendar"); }, Icons::view(QStringLiteral("calendar")));
///
/// The title function is called again after every language change. The
/// switcher is shown once there is more than one view.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using TitleFunction = std::function<QString()>;

    /// The database must outlive the window.
    explicit MainWindow(const Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the view with this id; false when there is none.
    bool showView(const QString& id);
    QString currentViewId() const;

    /// Opens a file given on the command line (a double-click in the file
    /// manager): an agreement is imported in the Supervision view. False when
    /// no view opens such files.
    bool openFile(const QString& path);
    /// Help > Guide (F1): the guide at a page ("journal", "supervision", …).
    void showGuide(const QString& page);
    GuideDialog* guide() const { return m_guide; }

    JournalView* journal() const { return m_journal; }
    /// New Journal…, Open Journal… and Open Recent (the application shell answers them).
    JournalFileMenu* journalFiles() const { return m_journalFiles; }
    QAction* action(const QString& name) const;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct View {
        QString id;
        QWidget* widget = nullptr;
        TitleFunction title;
        QAction* action = nullptr;
    };

    void createActions();
    void createMenus();
    /// Adds a view (the window takes ownership). Without a shortcut, the next of
    /// Ctrl+1 … Ctrl+9 is given.
    void addView(QWidget* view, const QString& id, TitleFunction title, const QIcon& icon,
                 const QKeySequence& shortcut = {});
    void createViews();
    void openReflection(const QString& id, const QDate& date);
    void showReminder(const QString& summary);
    void retranslate();
    void restoreWindowState();
    void saveWindowState() const;
    void showPreferences();
    void showAbout();
    void updateSwitcher();

    const Database& m_database;
    JournalView* m_journal = nullptr;
    QListWidget* m_switcher;
    QStackedWidget* m_stack;
    QVector<View> m_views;
    QActionGroup* m_viewGroup;
    TextUndoActions* m_undo = nullptr;
    ClipboardActions* m_clipboard = nullptr;
    GuideDialog* m_guide = nullptr;
    JournalFileMenu* m_journalFiles = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_guideAction = nullptr;
};

} // namespace myfyrio
