#pragma once

#include <QWidget>

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
class ReflectionEditor;
struct Reflection;

/// The Journal view: the list of reflections beside the editor, with
/// autosaving, new and delete. Before the first reflection it shows a friendly
/// empty page instead.
class JournalView : public QWidget
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
    /// Asks, naming the reflection, then deletes the one being edited.
    void deleteCurrent();
    bool hasCurrent() const;
    /// Saves what is unsaved now; false (with the reason shown) when it could not.
    bool saveNow();
    void focusSearch();

    ReflectionEditor* editor() const { return m_editor; }
    Autosaver* autosaver() const { return m_autosaver; }
    JournalPanel* panel() const { return m_panel; }
    JournalModel* model() const { return m_model; }
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
};

} // namespace myfyrio
