#include "app/common/noticebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace myfyrio {

NoticeBar::NoticeBar(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_action(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_action->setObjectName(QStringLiteral("noticeAction"));
    connect(m_action, &QPushButton::clicked, this, [this] {
        const std::function<void()> act = m_act;
        dismiss();
        if (act)
            act();
    });
    connect(m_close, &QPushButton::clicked, this, &NoticeBar::dismiss);
    retranslate();
    hide();
}

void NoticeBar::showNotice(Text text, Text actionText, std::function<void()> act)
{
    m_say = std::move(text);
    m_actionText = std::move(actionText);
    m_act = std::move(act);
    m_action->setVisible(bool(m_actionText));
    retranslate();
    show();
}

void NoticeBar::dismiss()
{
    m_act = {};
    m_say = {};
    m_actionText = {};
    hide();
}

QString NoticeBar::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void NoticeBar::retranslate()
{
    //: Closes a notice above the list, such as "moved to the trash".
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss this notice"));
    m_text->setText(m_say ? m_say() : QString());
    m_text->setAccessibleName(m_text->text());
    m_action->setText(m_actionText ? m_actionText() : QString());
}

void NoticeBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace myfyrio
