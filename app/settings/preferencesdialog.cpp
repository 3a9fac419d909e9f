#include "app/settings/preferencesdialog.h"

#include "app/cpd/cpdpreferencesbox.h"
#include "app/privacy/protectednamesbox.h"
#include "app/settings/appearancebox.h"
#include "core/i18n/translations.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace myfyrio {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent),
      m_languageBox(new QGroupBox(this)),
      m_welsh(new QRadioButton(Translations::nativeName(Translations::welsh()), m_languageBox)),
      m_english(new QRadioButton(Translations::nativeName(Translations::english()), m_languageBox)),
      m_note(new QLabel(m_languageBox)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    const bool welsh = Translations::current() == Translations::welsh();
    m_welsh->setChecked(welsh);
    m_english->setChecked(!welsh);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* languageLayout = new QVBoxLayout(m_languageBox);
    languageLayout->addWidget(m_welsh);
    languageLayout->addWidget(m_english);
    languageLayout->addWidget(m_note);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_languageBox);
    layout->addWidget(new CpdPreferencesBox(this));
    layout->addWidget(new ProtectedNamesBox(this));
    layout->addWidget(new AppearanceBox(this));
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_welsh, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            choose(Translations::welsh());
    });
    connect(m_english, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            choose(Translations::english());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    retranslate();
    setMinimumWidth(520);
}

void PreferencesDialog::choose(const QString& language)
{
    if (language == Translations::current())
        return;
    Translations::install(language);
    Translations::saveLanguage(language);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageBox->setTitle(tr("Interface language"));
    m_note->setText(tr("The menus and windows change at once. Each reflection keeps its own language."));
}

void PreferencesDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The wrapped explanations need the height their width gives them, which the size hint does not know.
    if (const int needed = heightForWidth(width()); needed > height())
        resize(width(), needed);
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace myfyrio
