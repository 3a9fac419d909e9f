#include "app/spelling/spelldictionary.h"

#include "core/util/appsettings.h"

#include <enchant.h>

namespace myfyrio {

SpellDictionary::SpellDictionary(EnchantBroker* broker, EnchantDict* dictionary)
    : m_broker(broker), m_dictionary(dictionary)
{}

SpellDictionary::~SpellDictionary()
{
    enchant_broker_free_dict(m_broker, m_dictionary);
    enchant_broker_free(m_broker);
}

std::unique_ptr<SpellDictionary> SpellDictionary::open(const QString& tag)
{
    EnchantBroker* broker = enchant_broker_init();
    if (!broker)
        return nullptr;
    const QByteArray name = tag.toUtf8();
    EnchantDict* dictionary = enchant_broker_dict_exists(broker, name.constData())
                                  ? enchant_broker_request_dict(broker, name.constData())
                                  : nullptr;
    if (!dictionary) {
        enchant_broker_free(broker);
        return nullptr;
    }
    return std::unique_ptr<SpellDictionary>(new SpellDictionary(broker, dictionary));
}

bool SpellDictionary::knows(const QString& word) const
{
    const QByteArray utf8 = word.toUtf8();
    return enchant_dict_check(m_dictionary, utf8.constData(), utf8.size()) == 0;
}

QStringList SpellDictionary::suggestions(const QString& word, int most) const
{
    const QByteArray utf8 = word.toUtf8();
    size_t count = 0;
    char** list = enchant_dict_suggest(m_dictionary, utf8.constData(), utf8.size(), &count);
    QStringList result;
    for (size_t i = 0; i < count && result.size() < most; ++i) {
        const QString suggestion = QString::fromUtf8(list[i]);
        if (!result.contains(suggestion))
            result << suggestion;
    }
    if (list)
        enchant_dict_free_string_list(m_dictionary, list);
    return result;
}

QString SpellDictionary::tagFor(const QString& language)
{
    const QString fallback = language == QLatin1String("cy") ? QStringLiteral("cy") : QStringLiteral("en_GB");
    return appSettings()->value(QStringLiteral("spelling/dictionary-") + language, fallback).toString();
}

} // namespace myfyrio
