#include "app/cards/cardactions.h"

#include "app/cards/sharecarddialog.h"
#include "app/cards/sharedcardsdialog.h"
#include "app/cards/teamlearningdialog.h"
#include "app/dialogs/dialogrunner.h"
#include "app/dialogs/messagebox.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "core/journal/reflectionstore.h"
#include "core/privacy/protectednames.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QWidget>

namespace myfyrio {

CardActions::CardActions(const Database& database, JournalView& journal, QMenu& menu, QWidget* window)
    : QObject(window),
      m_database(database),
      m_journal(journal),
      m_window(window),
      m_share(new QAction(this)),
      m_shared(new QAction(this)),
      m_team(new QAction(this))
{
    m_share->setObjectName(QStringLiteral("shareCard"));
    m_share->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    m_share->setEnabled(journal.hasCurrent());
    m_shared->setObjectName(QStringLiteral("sharedCards"));
    m_team->setObjectName(QStringLiteral("teamLearning"));
    m_team->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    menu.addAction(m_share);
    menu.addAction(m_shared);
    menu.addAction(m_team);
    menu.addSeparator();
    connect(m_share, &QAction::triggered, this, &CardActions::shareCurrent);
    connect(m_shared, &QAction::triggered, this, &CardActions::showSharedCards);
    connect(m_team, &QAction::triggered, this, &CardActions::showTeamLearning);
    connect(&journal, &JournalView::currentChanged, m_share, &QAction::setEnabled);
    window->installEventFilter(this);
    retranslate();
}

void CardActions::shareCurrent()
{
    // The card is checked against the reflection as stored, so what is typed is saved first.
    if (!m_journal.hasCurrent() || !m_journal.saveNow())
        return;
    auto found = ReflectionStore(m_database).find(m_journal.editor()->reflectionId());
    if (!found || !*found) {
        MessageBox::warning(m_window, tr("Share as Learning Card"),
                            found ? tr("The reflection is no longer in the journal.") : found.error());
        return;
    }
    ShareCardDialog dialog(m_database, **found, ProtectedNames::load(), m_window);
    DialogRunner::exec(dialog);
}

void CardActions::showSharedCards()
{
    SharedCardsDialog dialog(m_database, m_window);
    DialogRunner::exec(dialog);
}

void CardActions::showTeamLearning()
{
    TeamLearningDialog dialog(m_window);
    DialogRunner::exec(dialog);
}

void CardActions::retranslate()
{
    m_share->setText(tr("Share as Learning &Card…"));
    m_share->setStatusTip(tr("Share what you learned from this reflection as an anonymised card in a team folder."));
    m_shared->setText(tr("S&hared Learning Cards…"));
    m_shared->setStatusTip(tr("See the learning cards this journal shared, and withdraw one."));
    m_team->setText(tr("Team &Learning…"));
    m_team->setStatusTip(tr("See the pattern of the learning cards in your team's card folders."));
}

bool CardActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace myfyrio
