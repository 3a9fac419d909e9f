#include "app/shell/journalfilemenu.h"

#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "app/shell/recentjournals.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>

namespace myfyrio {

JournalFileMenu::JournalFileMenu(QMenu& menu, QString currentPath, QWidget* window)
    : QObject(window),
      m_currentPath(QFileInfo(currentPath).absoluteFilePath()),
      m_window(window),
      m_newJournal(new QAction(QIcon::fromTheme(QStringLiteral("document-new")), QString(), this)),
      m_openJournal(new QAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this)),
      m_recent(new QMenu(&menu))
{
    m_newJournal->setObjectName(QStringLiteral("newJournal"));
    m_newJournal->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    m_openJournal->setObjectName(QStringLiteral("openJournal"));
    m_openJournal->setShortcut(QKeySequence::Open);
    m_recent->setObjectName(QStringLiteral("recentJournals"));
    menu.addAction(m_newJournal);
    menu.addAction(m_openJournal);
    menu.addMenu(m_recent);
    connect(m_newJournal, &QAction::triggered, this, &JournalFileMenu::newJournal);
    connect(m_openJournal, &QAction::triggered, this, &JournalFileMenu::openJournal);
    connect(m_recent, &QMenu::aboutToShow, this, &JournalFileMenu::fillRecent);
    menu.installEventFilter(this);
    retranslate();
    fillRecent();
}

bool JournalFileMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void JournalFileMenu::retranslate()
{
    m_newJournal->setText(tr("New &Journal…"));
    m_newJournal->setStatusTip(tr("Start a new, empty journal in a file of its own."));
    m_openJournal->setText(tr("&Open Journal…"));
    m_openJournal->setStatusTip(tr("Open another journal file."));
    m_recent->setTitle(tr("Open Rec&ent"));
    fillRecent();
}

void JournalFileMenu::fillRecent()
{
    m_recent->clear();
    const QStringList recent = RecentJournals::list();
    for (const QString& path : recent) {
        if (path == m_currentPath)
            continue;
        QAction* action = m_recent->addAction(QFileInfo(path).fileName());
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit journalRequested(path, false); });
    }
    if (m_recent->isEmpty()) {
        QAction* none = m_recent->addAction(tr("No other journals opened lately"));
        none->setEnabled(false);
    }
}

void JournalFileMenu::newJournal()
{
    const QString folder = QFileInfo(m_currentPath).absolutePath();
    QString path = FileDialog::getSaveFileName(m_window, tr("New Journal"), QDir(folder).filePath(tr("journal.sqlite")),
                                               tr("Myfyrio journals (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        //: %1 is a file name.
        MessageBox::warning(m_window, tr("New Journal"),
                            //: %1 is a file name.
                            tr("There is already a file called “%1”. Myfyrio never writes over a file; choose another "
                               "name for the new journal.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit journalRequested(path, true);
}

void JournalFileMenu::openJournal()
{
    const QString path =
        FileDialog::getOpenFileName(m_window, tr("Open Journal"), QFileInfo(m_currentPath).absolutePath(),
                                    tr("Myfyrio journals (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        emit journalRequested(path, false);
}

} // namespace myfyrio
