#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace myfyrio {

/// The reason an operation failed, worded for the user in the interface language,
/// and optionally what kind of failure it was, for callers that act on it
/// (FailureCode below); most failures need no code.
struct Failure {
    Failure(QString text, QString kind = {}) : message(std::move(text)), code(std::move(kind)) {}

    QString message;
    QString code;
};

/// Kinds of failure that callers tell apart.
namespace FailureCode {
/// A save found the record changed elsewhere in a way that clashes with it; nothing was written.
inline const QString conflict = QStringLiteral("conflict");
/// The record is no longer in the journal.
inline const QString gone = QStringLiteral("gone");
} // namespace FailureCode

/// The value of an operation that can fail, or the reason it failed.
///
/// Storage and file operations return this instead of a bare bool so that the
/// caller has the sentence the user needs to see (after qBittorrent's nonstd::expected).
template <typename T> class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    Expected(Failure failure) : m_error(std::move(failure.message)), m_code(std::move(failure.code)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const QString& error() const { return m_error; }
    /// The kind of failure (FailureCode), or empty.
    const QString& code() const { return m_code; }
    Failure failure() const { return Failure{m_error, m_code}; }

private:
    std::optional<T> m_value;
    QString m_error;
    QString m_code;
};

template <> class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(Failure failure) : m_ok(false), m_error(std::move(failure.message)), m_code(std::move(failure.code)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString& error() const { return m_error; }
    const QString& code() const { return m_code; }
    Failure failure() const { return Failure{m_error, m_code}; }

private:
    bool m_ok = true;
    QString m_error;
    QString m_code;
};

} // namespace myfyrio
