// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace trato {

// Why an operation failed. The kind maps onto trato-cli's exit codes (BadInput -> 2, the rest -> 3)
// and lets the GUI tell "fix your input" apart from "something is broken".
struct Error
{
    enum Kind { BadInput, NotFound, Failure };
    Kind kind = Failure;
    QString message;

    static Error badInput(QString m) { return {BadInput, std::move(m)}; }
    static Error notFound(QString m) { return {NotFound, std::move(m)}; }
    static Error failure(QString m) { return {Failure, std::move(m)}; }
};

// A value or the reason there is none. Small on purpose: core services return it instead of
// throwing, so callers on the GUI thread and in the CLI handle failures the same way.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result<void>: success or an error.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}
    static Status success() { return {}; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace trato
