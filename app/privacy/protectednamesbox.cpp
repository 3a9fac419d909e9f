#include "app/privacy/protectednamesbox.h"

#include "core/privacy/protectednames.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace myfyrio {

ProtectedNamesBox::ProtectedNamesBox(QWidget* parent)
    : QGroupBox(parent), m_note(new QLabel(this)), m_names(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("protectedNames"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_names->setTabChangesFocus(true);
    m_names->setPlainText(ProtectedNames::load().toText());
    m_names->setMaximumHeight(m_names->fontMetrics().height() * 6);
    m_note->setBuddy(m_names);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_names);
    connect(m_names, &QPlainTextEdit::textChanged, this,
            [this] { ProtectedNames::save(ProtectedNames::fromText(m_names->toPlainText())); });
    retranslate();
}

void ProtectedNamesBox::retranslate()
{
    setTitle(tr("People to protect"));
    m_note->setText(tr("&Names of people you work with, one a line: a first name alone, or a first name and a "
                       "surname. Before you share a report or a regulator's form, Myfyrio looks for them (also in "
                       "their Welsh mutated forms), and for NHS numbers, postcodes, dates of birth, phone numbers "
                       "and email addresses."));
    m_names->setAccessibleName(tr("Names of people to protect"));
    m_names->setPlaceholderText(tr("One name a line"));
}

void ProtectedNamesBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace myfyrio
