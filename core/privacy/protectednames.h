#pragma once

#include <QString>
#include <QStringList>

namespace myfyrio {

/// The names of people the writer works with and wants kept out of anything
/// shared (Edit ▸ Preferences). Kept in the user's settings, where every
/// feature that shares text can read it: reports, regulator forms, learning
/// cards. The settings file holding them is made readable by its owner only.
class ProtectedNames
{
public:
    ProtectedNames() = default;
    /// Blank entries are dropped, spaces collapsed and duplicates (ignoring case) removed.
    explicit ProtectedNames(const QStringList& names);

    const QStringList& names() const { return m_names; }
    bool isEmpty() const { return m_names.isEmpty(); }

    /// One name a line, as the Preferences box shows them.
    static ProtectedNames fromText(const QString& lines);
    QString toText() const;

    /// The list saved in the settings (empty when none).
    static ProtectedNames load();
    /// Saves the list and makes the settings file readable by its owner only.
    static void save(const ProtectedNames& names);
    static QString settingsKey() { return QStringLiteral("privacy/protectedNames"); }

private:
    QStringList m_names;
};

} // namespace myfyrio
