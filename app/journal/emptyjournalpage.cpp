#include "app/journal/emptyjournalpage.h"

#include <QEvent>
#include <QHBoxLayout>
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
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_new->setIcon(QIcon::fromTheme(QStringLiteral("document-new"), style()->standardIcon(QStyle::SP_FileIcon)));
    m_new->setDefault(true);
    m_new->setMinimumHeight(34);

    // A column of fixed width, centred: the wrapped sentence then gets the
    // height it needs (a label placed with an alignment flag would not).
    auto* column = new QWidget(this);
    column->setFixedWidth(500);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_heading);
    columnLayout->addSpacing(10);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(18);
    columnLayout->addWidget(m_new, 0, Qt::AlignHCenter);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
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
