#include "app/trash/trashactions.h"

#include "app/trash/trashdialog.h"
#include "core/journal/trashkeeper.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QWidget>

namespace myfyrio {

TrashActions::TrashActions(const Database& database, QMenu& menu, QWidget* window)
    : QObject(window), m_database(database), m_window(window), m_show(new QAction(this))
{
    m_show->setObjectName(QStringLiteral("showTrash"));
    m_show->setIcon(QIcon::fromTheme(QStringLiteral("user-trash")));
    menu.addAction(m_show);
    menu.addSeparator();
    connect(m_show, &QAction::triggered, this, &TrashActions::showTrash);
    window->installEventFilter(this);
    retranslate();
    // Old items go at open, and only once a backup holds them. A failed backup
    // deletes nothing; the next open tries again.
    (void)TrashKeeper::purgeExpired(database);
}

TrashDialog* TrashActions::dialog() const
{
    return m_dialog;
}

void TrashActions::showTrash()
{
    if (!m_dialog) {
        m_dialog = new TrashDialog(m_database, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &TrashDialog::restored, this, &TrashActions::restored);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void TrashActions::retranslate()
{
    m_show->setText(tr("&Trash…"));
    m_show->setStatusTip(tr("See the reflections you deleted, and restore them or delete them for good."));
}

bool TrashActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace myfyrio
