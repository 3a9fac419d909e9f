#pragma once

#include <QString>
#include <QStringList>

#include <memory>

struct str_enchant_broker;
struct str_enchant_dict;

namespace myfyrio {

/// One Enchant 2 dictionary (aspell-cy, aspell-en, …). Not thread-safe: use
/// each object from one thread only (the spelling worker checks, the GUI
/// thread asks for suggestions, each with its own).
class SpellDictionary
{
public:
    /// The dictionary for an Enchant tag such as "cy" or "en_GB", or null when
    /// none is installed.
    static std::unique_ptr<SpellDictionary> open(const QString& tag);
    ~SpellDictionary();

    SpellDictionary(const SpellDictionary&) = delete;
    SpellDictionary& operator=(const SpellDictionary&) = delete;

    bool knows(const QString& word) const;
    QStringList suggestions(const QString& word, int most) const;

    /// The Enchant tag chosen for a language ("cy", "en"): the setting
    /// spelling/dictionary-LANGUAGE, else cy and en_GB.
    static QString tagFor(const QString& language);

private:
    SpellDictionary(str_enchant_broker* broker, str_enchant_dict* dictionary);

    str_enchant_broker* m_broker;
    str_enchant_dict* m_dictionary;
};

} // namespace myfyrio
