#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace myfyrio {

class Database;
class JournalView;

/// The File menu's learning cards: Share as Learning Card… (the reflection
/// open in the journal, Ctrl+Shift+L), Shared Learning Cards… (withdraw) and
/// Team Learning… (Ctrl+Shift+T). The actions retranslate themselves.
class CardActions : public QObject
{
    Q_OBJECT

public:
    /// Adds the actions to the menu; window is the parent of their dialogs.
    CardActions(const Database& database, JournalView& journal, QMenu& menu, QWidget* window);

    QAction* shareAction() const { return m_share; }

    /// Saves the open reflection, then shows the card dialog for it.
    void shareCurrent();
    void showSharedCards();
    void showTeamLearning();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    const Database& m_database;
    JournalView& m_journal;
    QWidget* m_window;
    QAction* m_share;
    QAction* m_shared;
    QAction* m_team;
};

} // namespace myfyrio
