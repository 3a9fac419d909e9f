#include "app/settings/appearancebox.h"

#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace myfyrio {

AppearanceBox::AppearanceBox(QWidget* parent)
    : QGroupBox(parent),
      m_system(new QRadioButton(this)),
      m_light(new QRadioButton(this)),
      m_dark(new QRadioButton(this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("appearanceBox"));
    m_system->setObjectName(QStringLiteral("appearanceSystem"));
    m_light->setObjectName(QStringLiteral("appearanceLight"));
    m_dark->setObjectName(QStringLiteral("appearanceDark"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_system);
    layout->addWidget(m_light);
    layout->addWidget(m_dark);
    layout->addWidget(m_note);
    button(Appearance::current())->setChecked(true);
    for (Appearance::Mode mode : {Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark}) {
        connect(button(mode), &QRadioButton::toggled, this, [mode](bool on) {
            if (!on || mode == Appearance::current())
                return;
            Appearance::apply(mode);
            Appearance::save(mode);
        });
    }
    retranslate();
}

QRadioButton* AppearanceBox::button(Appearance::Mode mode) const
{
    switch (mode) {
    case Appearance::Mode::Light:
        return m_light;
    case Appearance::Mode::Dark:
        return m_dark;
    case Appearance::Mode::System:
        break;
    }
    return m_system;
}

void AppearanceBox::retranslate()
{
    setTitle(tr("Appearance"));
    m_system->setText(tr("&System: follow the desktop's colours"));
    m_light->setText(tr("&Light"));
    m_dark->setText(tr("Dar&k"));
    m_note->setText(tr("The colours change at once."));
    setAccessibleName(title());
    for (QRadioButton* b : {m_system, m_light, m_dark})
        b->setAccessibleDescription(tr("The colours of Myfyrio's windows."));
}

void AppearanceBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace myfyrio
