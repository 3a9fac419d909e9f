#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace myfyrio {

/// The reason an operation failed, worded for the user in the interface language.
struct Failure {
    QString message;
};

/// The value of an operation that can fail, or the reason it failed.
///
/// Storage and file operations return this instead of a bare bool so that the
/// caller has the sentence the user needs to see (after qBittorrent's nonstd::expected).
template <typename T> class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    Expected(Failure failure) : m_error(std::move(failure.message)) {}

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
    Failure failure() const { return Failure{m_error}; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template <> class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(Failure failure) : m_ok(false), m_error(std::move(failure.message)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString& error() const { return m_error; }
    Failure failure() const { return Failure{m_error}; }

private:
    bool m_ok = true;
    QString m_error;
};

} // namespace myfyrio
