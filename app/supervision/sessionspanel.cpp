#include "app/supervision/sessionspanel.h"

#include "app/dialogs/messagebox.h"
#include "app/supervision/sessioneditordialog.h"
#include "core/storage/database.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace myfyrio {

SessionsPanel::SessionsPanel(const Database& database, QWidget* parent)
    : QWidget(parent),
      m_database(database),
      m_summary(new QLabel(this)),
      m_list(new QTreeWidget(this)),
      m_new(new QPushButton(this)),
      m_open(new QPushButton(this)),
      m_delete(new QPushButton(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_new);
    bar->addWidget(m_open);
    bar->addWidget(m_delete);
    layout->addLayout(bar);
    m_list->setObjectName(QStringLiteral("sessionList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(false);
    // Every column but the functions shows its words whole, in Welsh too; the functions take the rest.
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    m_new->setObjectName(QStringLiteral("newSession"));
    connect(m_new, &QPushButton::clicked, this, [this] {
        Session s;
        s.agreementId = m_agreement.id;
        s.date = QDate::currentDate();
        edit(s);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row >= 0)
            edit(m_sessions.at(m_sessions.size() - 1 - row));
    });
    connect(m_list, &QTreeWidget::itemActivated, m_open, &QPushButton::click);
    connect(m_delete, &QPushButton::clicked, this, &SessionsPanel::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_open->setEnabled(m_list->currentItem());
        m_delete->setEnabled(m_list->currentItem());
    });
    retranslate();
}

void SessionsPanel::retranslate()
{
    m_new->setText(tr("Record a session…"));
    m_open->setText(tr("Open"));
    m_delete->setText(tr("Delete"));
    //: Column headings of the session list: each session's date, whether it was held or cancelled, the
    //: functions of supervision it covered, and its actions. Short, so that they fit in Welsh too.
    m_list->setHeaderLabels({tr("Date"), tr("Status"), tr("Functions"), tr("Actions")});
    reload();
}

void SessionsPanel::setAgreement(const Agreement& agreement)
{
    m_agreement = agreement;
    reload();
}

void SessionsPanel::reload()
{
    m_list->clear();
    m_sessions.clear();
    m_new->setEnabled(!m_agreement.id.isEmpty());
    m_open->setEnabled(false);
    m_delete->setEnabled(false);
    if (m_agreement.id.isEmpty()) {
        m_summary->clear();
        return;
    }
    auto listed = SessionStore(m_database).list(m_agreement.id);
    if (!listed) {
        m_summary->setText(listed.error());
        return;
    }
    m_sessions = *listed;
    const QLocale locale;
    for (auto it = m_sessions.crbegin(); it != m_sessions.crend(); ++it) {
        QStringList functions;
        for (const QString& f : it->functions)
            functions.append(SectionCatalog::functionLabel(f));
        QString state = tr("Held");
        if (!it->held) {
            //: %1 is why the session was cancelled, as written.
            const QString rebooked = tr("Cancelled (%1), rebooked").arg(it->cancelReason);
            //: %1 is why the session was cancelled, as written.
            const QString notRebooked = tr("Cancelled (%1), not rebooked").arg(it->cancelReason);
            state = it->rebooked ? rebooked : notRebooked;
        }
        const int open = static_cast<int>(
            std::count_if(it->actions.cbegin(), it->actions.cend(), [](const SessionAction& a) { return !a.done; }));
        new QTreeWidgetItem(m_list, {locale.toString(it->date, QLocale::LongFormat), state,
                                     functions.join(QStringLiteral(", ")),
                                     //: %1 is a number of actions; %2 is how many of them are still open.
                                     tr("Actions: %1, open: %2").arg(it->actions.size()).arg(open)});
    }
    //: %1 is a number of sessions.
    const QString recorded = tr("Sessions recorded: %1").arg(m_sessions.size());
    m_summary->setText(m_sessions.isEmpty() ? tr("No session has been recorded under this agreement yet.") : recorded);
}

void SessionsPanel::edit(const Session& session)
{
    SessionEditorDialog dialog(m_database, session, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit sessionsChanged();
    }
}

void SessionsPanel::removeSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    const Session s = m_sessions.at(m_sessions.size() - 1 - row);
    const auto answer =
        MessageBox::question(this, tr("Delete session"),
                             //: %1 is a date.
                             tr("Delete the session of %1 with its notes and actions? This cannot be undone.")
                                 .arg(QLocale().toString(s.date, QLocale::LongFormat)));
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = SessionStore(m_database).remove(s.id); !removed)
        MessageBox::warning(this, tr("Session not deleted"), removed.error());
    reload();
    emit sessionsChanged();
}

void SessionsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace myfyrio
