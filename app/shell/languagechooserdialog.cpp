#include "app/shell/languagechooserdialog.h"

#include "core/i18n/translations.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace myfyrio {

LanguageChooserDialog::LanguageChooserDialog(QWidget* parent)
    : QDialog(parent),
      m_welsh(new QPushButton(Translations::nativeName(Translations::welsh()), this)),
      m_english(new QPushButton(Translations::nativeName(Translations::english()), this))
{
    // Shown before any language is installed, so the words are in both
    // languages at once and not translated.
    setWindowTitle(QStringLiteral("Myfyrio"));
    auto* heading = new QLabel(QStringLiteral("Croeso i Myfyrio · Welcome to Myfyrio"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);
    auto* question = new QLabel(QStringLiteral("Ym mha iaith hoffech chi ddefnyddio Myfyrio?\n"
                                               "Which language would you like to use Myfyrio in?"),
                                this);
    question->setAlignment(Qt::AlignCenter);
    auto* note = new QLabel(QStringLiteral("Gallwch newid hyn unrhyw bryd yn Golygu › Dewisiadau.\n"
                                           "You can change this at any time in Edit › Preferences."),
                            this);
    note->setAlignment(Qt::AlignCenter);
    note->setForegroundRole(QPalette::PlaceholderText);

    for (QPushButton* button : {m_welsh, m_english}) {
        button->setMinimumSize(160, 44);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        button->setFont(font);
        button->setAutoDefault(false);
    }
    m_welsh->setAccessibleName(QStringLiteral("Cymraeg (Welsh)"));
    m_english->setAccessibleName(QStringLiteral("English (Saesneg)"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_welsh);
    buttons->addSpacing(12);
    buttons->addWidget(m_english);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(question);
    layout->addSpacing(6);
    layout->addLayout(buttons);
    layout->addSpacing(6);
    layout->addWidget(note);

    connect(m_welsh, &QPushButton::clicked, this, [this] {
        m_chosen = Translations::welsh();
        accept();
    });
    connect(m_english, &QPushButton::clicked, this, [this] {
        m_chosen = Translations::english();
        accept();
    });
    (Translations::systemLanguage() == Translations::welsh() ? m_welsh : m_english)->setFocus();
}

} // namespace myfyrio
