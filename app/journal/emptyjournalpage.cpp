#include "emptyjournalpage.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace myfyrio {

EmptyJournalPage::EmptyJournalPage(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_text(new QLabel(this)), m_new(new QPushButton(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(460);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_new->setIcon(QIcon::fromTheme(QStringLiteral("document-new"), style()->standardIcon(QStyle::SP_FileIcon)));
    m_new->setDefault(true);
    m_new->setMinimumHeight(34);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_heading, 0, Qt::AlignHCenter);
    layout->addSpacing(10);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    layout->addWidget(m_new, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_new, &QPushButton::clicked, this, &EmptyJournalPage::newReflectionRequested);
    retranslate();
}

void EmptyJournalPage::retranslate()
{
    m_heading->setText(tr("Your journal is empty"));
    m_text->setText(tr("Write about something that happened in your practice: what you did, how it went, "
                       "and what you would do next time. Everything you write stays on this computer."));
    m_new->setText(tr("&New Reflection"));
}

void EmptyJournalPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace myfyrio
