#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace myfyrio {

/// The fixed vocabulary of supervision agreements and sessions, in one place:
/// the thirteen sections (after the Practice Supervisor Development Programme),
/// Morrison's four functions, session formats and the two parties. Everything is
/// stored by its stable code; titles and help are translated when shown.
class SectionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::SectionCatalog)

public:
    /// The thirteen section codes, in the agreement's order.
    static const QStringList& sectionCodes();
    static bool isSection(const QString& code);
    /// "Parties and roles", … in the interface language (the code when unknown).
    static QString title(const QString& code);
    /// One or two sentences on what the section covers.
    static QString help(const QString& code);
    /// The same in a given language, whatever the interface language is (reports).
    static QString title(const QString& code, const QString& language);

    /// management, development, support, mediation.
    static const QStringList& functionCodes();
    static bool isFunction(const QString& code);
    static QString functionLabel(const QString& code);
    /// The functions' names in a given language, joined as a list ("Management, Support").
    static QString functionList(const QStringList& codes, const QString& language);

    /// one_to_one, group, remote.
    static const QStringList& formatCodes();
    static bool isFormat(const QString& code);
    static QString formatLabel(const QString& code);

    static QString supervisor() { return QStringLiteral("supervisor"); }
    static QString supervisee() { return QStringLiteral("supervisee"); }
    static bool isParty(const QString& code) { return code == supervisor() || code == supervisee(); }
    static QString partyLabel(const QString& code);
};

} // namespace myfyrio
