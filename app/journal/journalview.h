#pragma once

#include "app/common/editingview.h"

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace myfyrio {

class ActionsPanel;
class Autosaver;
class Database;
class EmptyJournalPage;
class JournalModel;
class JournalPanel;
class NoticeBar;
class ReflectionEditor;
struct Reflection;

/// The Journal view: the list of reflections beside the editor, with
/// autosaving, new and delete. Before the first reflection it shows a friendly
/// empty page instead.
///
/// Delete moves the reflection to the trash and offers Undo straight after (a
/// notice above the list, and undoDeleteAction() for the Edit menu). A new
/// reflection left blank is deleted for good when another is opened or made,
/// or the app closes.
class JournalView : public QWidget, public EditingView
{
    Q_OBJECT

public:
    explicit JournalView(const Database& database, QWidget* parent = nullptr);
    ~JournalView() override;

    /// Opens a reflection in the editor (saving the open one first) and selects
    /// it in the list when the filter shows it. For other views ("open this
    /// reflection"): call MainWindow::showView("journal") and then this. False
    /// when the open reflection could not be saved (it stays open) or the
    /// reflection is gone.
    bool openReflection(const QString& id, const QDate& date);
    /// Creates a reflection dated today, selects it and focuses its title.
    void newReflection();
    /// Moves the reflection being edited to the trash (saving it first), with
    /// Undo offered at once.
    void deleteCurrent();
    /// Puts back the reflection the last Delete moved to the trash, and opens it.
    void undoDelete();
    /// Edit ▸ Undo Delete: enabled while the last deleted reflection can be put back.
    QAction* undoDeleteAction() const { return m_undoDelete; }
    bool hasCurrent() const;
    /// Saves what is unsaved now; false (with the reason shown) when it could not.
    bool saveNow();
    void focusSearch();

    EditSaver* editSaver() const override;
    bool saveEdits() override { return saveNow(); }

    ReflectionEditor* editor() const { return m_editor; }
    Autosaver* autosaver() const { return m_autosaver; }
    JournalPanel* panel() const { return m_panel; }
    JournalModel* model() const { return m_model; }
    NoticeBar* notice() const { return m_notice; }
    QSplitter* splitter() const { return m_splitter; }

signals:
    /// A reflection was opened in the editor, or the editor was emptied.
    void currentChanged(bool hasReflection);

protected:
    void changeEvent(QEvent* event) override;

private:
    void open(const QString& id, const QDate& date);
    void showReflection(const Reflection& reflection);
    void showNothing();
    void updateKnownTags();
    void onActionsChanged(const QStringList& reflectionIds);
    void onReflectionsRemoved(const QStringList& ids);
    void onJournalReplaced();
    void onTrashChanged();
    void onKeptCopy(const Reflection& copy, const QString& originalTitle, bool gone);
    void forgetTrashed();
    void onFocusChanged(QWidget* old, QWidget* now);
    void showListMenu(const QPoint& position);
    void updatePages();
    void showError(const QString& message);
    void retranslate();

    const Database& m_database;
    JournalModel* m_model;
    JournalPanel* m_panel;
    ReflectionEditor* m_editor;
    Autosaver* m_autosaver;
    ActionsPanel* m_actions = nullptr;
    QSplitter* m_splitter;
    QStackedWidget* m_pages;
    QStackedWidget* m_editorPages;
    EmptyJournalPage* m_empty;
    QLabel* m_nothingChosen;
    NoticeBar* m_notice;
    QAction* m_undoDelete;
    QString m_trashedId; ///< the trash item the last Delete made, while it can be put back
};

} // namespace myfyrio
