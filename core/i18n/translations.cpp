#include "core/i18n/translations.h"

#include "core/util/appsettings.h"

#include <QHash>
#include <QTranslator>

#include <memory>

namespace myfyrio {

namespace {

const QString settingsKey = QStringLiteral("interface/language");

struct Installed {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> load(const QString& resource)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(resource))
        return nullptr;
    return translator;
}

/// Translators kept for reports, one per language, loaded on first use.
QTranslator* reportTranslator(const QString& language)
{
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    auto it = cache.find(language);
    if (it == cache.end()) {
        std::shared_ptr<QTranslator> translator = load(QStringLiteral(":/i18n/myfyrio_%1.qm").arg(language));
        it = cache.insert(language, translator);
    }
    return it->get();
}

} // namespace

QString Translations::nativeName(const QString& language)
{
    // Each language is named in itself, so these are not translated.
    if (language == welsh())
        return QStringLiteral("Cymraeg");
    return QStringLiteral("English");
}

QLocale Translations::locale(const QString& language)
{
    if (language == welsh())
        return QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Welsh ? welsh() : english();
}

bool Translations::install(const QString& language)
{
    if (!languages().contains(language))
        return false;
    Installed& state = installed();
    if (state.app)
        QCoreApplication::removeTranslator(state.app.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.app = load(QStringLiteral(":/i18n/myfyrio_%1.qm").arg(language));
    state.qt = language == welsh() ? load(QStringLiteral(":/i18n/qt_cy.qm")) : nullptr;
    QLocale::setDefault(locale(language));
    state.language = language;
    // Installing posts QEvent::LanguageChange to every widget; the Qt one last,
    // so our own strings win where both translate the same text.
    if (state.qt)
        QCoreApplication::installTranslator(state.qt.get());
    if (state.app)
        QCoreApplication::installTranslator(state.app.get());
    return true;
}

QString Translations::current()
{
    return installed().language;
}

QString Translations::translate(const QString& language, const char* context, const char* source,
                                const char* disambiguation, int n)
{
    if (QTranslator* translator = reportTranslator(language)) {
        QString text = translator->translate(context, source, disambiguation, n);
        if (!text.isEmpty()) {
            if (n >= 0)
                text.replace(QStringLiteral("%n"), locale(language).toString(n));
            return text;
        }
    }
    QString text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), locale(language).toString(n));
    return text;
}

QString Translations::savedLanguage()
{
    const QString value = appSettings()->value(settingsKey).toString();
    return languages().contains(value) ? value : QString();
}

void Translations::saveLanguage(const QString& language)
{
    appSettings()->setValue(settingsKey, language);
}

} // namespace myfyrio
