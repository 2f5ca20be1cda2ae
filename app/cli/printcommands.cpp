// SPDX-License-Identifier: GPL-3.0-or-later
// company show|set|logo, layout show|set, print: the letterhead, the document layout and printed
// quotes, sales orders, invoices and credit notes (core/sales/companyprofile, printabledocument;
// the PDF is painted by ui/printing/documentprinter, the desktop application's same code).
#include "commands.h"

#include "sales/companyprofile.h"
#include "sales/printabledocument.h"
#include "sales/salesdocs.h"

#ifdef TRATO_CLI_PDF
#include "printing/documentprinter.h"
#endif

namespace trato::cli {

namespace {

int runCompanyShow(Context &context, const Arguments &)
{
    const CompanyProfile p = CompanySettings::load(*context.db);
    QString out;
    for (const QString &f : CompanySettings::fields()) {
        QString v = CompanySettings::profileValue(p, f);
        if (f == QLatin1String("iban") && !v.isEmpty())
            v = CompanySettings::formatIban(v);
        out += QStringLiteral("%1: %2\n").arg(f, v.replace(QLatin1Char('\n'), QStringLiteral(" / ")));
    }
    out += QStringLiteral("logo: %1\n").arg(p.logo.isEmpty() ? Cli::tr("(none)")
                                                              : Cli::tr("%1, %2 bytes").arg(p.logoFormat).arg(p.logo.size()));
    writeOut(out);
    return Exit::Ok;
}

int runCompanySet(Context &context, const Arguments &args)
{
    const QString field = args.positional.at(0);
    const QString value = args.positional.mid(1).join(QLatin1Char(' '));
    if (Status s = CompanySettings::set(*context.db, field, value); !s)
        return fail(s.error());
    const QString stored = CompanySettings::profileValue(CompanySettings::load(*context.db), field);
    writeErr(stored.isEmpty() ? Cli::tr("Cleared company %1").arg(field) + QLatin1Char('\n')
                              : Cli::tr("Company %1: %2").arg(field, stored) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runCompanyLogo(Context &context, const Arguments &args)
{
    if (args.has(QStringLiteral("clear"))) {
        if (!args.positional.isEmpty())
            return usageError(context, Cli::tr("give a FILE or --clear, not both"));
        if (Status s = CompanySettings::setLogo(*context.db, {}); !s)
            return fail(s.error());
        writeErr(Cli::tr("Logo removed") + QLatin1Char('\n'));
        return Exit::Ok;
    }
    if (args.positional.isEmpty())
        return usageError(context, Cli::tr("give the logo FILE (PNG, JPEG or SVG) or --clear"));
    if (Status s = CompanySettings::setLogoFile(*context.db, args.positional.at(0)); !s)
        return fail(s.error());
    const CompanyProfile p = CompanySettings::load(*context.db);
    writeErr(Cli::tr("Logo stored: %1, %2 bytes").arg(p.logoFormat).arg(p.logo.size()) + QLatin1Char('\n'));
    return Exit::Ok;
}

int runLayoutShow(Context &context, const Arguments &)
{
    const DocumentLayout l = CompanySettings::loadLayout(*context.db);
    QString out;
    for (const QString &key : CompanySettings::layoutKeys())
        out += QStringLiteral("%1: %2\n").arg(key, CompanySettings::layoutValue(l, key));
    writeOut(out);
    return Exit::Ok;
}

int runLayoutSet(Context &context, const Arguments &args)
{
    const QString key = args.positional.at(0);
    const QString value = args.positional.mid(1).join(QLatin1Char(' '));
    if (Status s = CompanySettings::setLayout(*context.db, key, value); !s)
        return fail(s.error());
    writeErr(Cli::tr("Layout %1: %2").arg(key, CompanySettings::layoutValue(CompanySettings::loadLayout(*context.db), key))
             + QLatin1Char('\n'));
    return Exit::Ok;
}

int runPrint(Context &context, const Arguments &args)
{
    const QString entity = args.positional.at(0);
    if (!SalesDocs::isDocument(entity))
        return usageError(context, Cli::tr("\"%1\" is not a document: use quote, sales_order, invoice or credit_note").arg(entity));
    if (!args.has(QStringLiteral("pdf")) || args.value(QStringLiteral("pdf")).trimmed().isEmpty())
        return usageError(context, Cli::tr("--pdf FILE is required (where to write the PDF)"));
#ifdef TRATO_CLI_PDF
    auto doc = PrintableDocument::load(*context.db, entity, args.positional.at(1), context.locale);
    if (!doc)
        return fail(doc.error());
    const QString path = args.value(QStringLiteral("pdf"));
    if (Status s = DocumentPrinter::writePdf(doc.value(), path); !s)
        return fail(s.error());
    writeErr(Cli::tr("Wrote %1").arg(path) + QLatin1Char('\n'));
    return Exit::Ok;
#else
    return fail(Error::failure(Cli::tr("this trato-cli was built without PDF output (no QtGui)")));
#endif
}

} // namespace

void appendPrintCommands(QList<Command> &c)
{
    c.append({"company show", "",
              QT_TRANSLATE_NOOP("trato::Cli", "The company profile printed on quotes, orders and invoices"),
              QT_TRANSLATE_NOOP("trato::Cli", "Shared by the whole team (stored in the database): name, tax_id, address, phone, email, "
                "website, iban, payment_terms and the logo."),
              {}, 0, 0, Command::OpenExisting, runCompanyShow});
    c.append({"company set", "FIELD VALUE...",
              QT_TRANSLATE_NOOP("trato::Cli", "Set one field of the company profile"),
              QT_TRANSLATE_NOOP("trato::Cli", "FIELD is name, tax_id, address, phone, email, website, iban or payment_terms; an empty "
                "VALUE (\"\") clears it. The tax id is checked like an account's, the IBAN by its check digits; a refused value "
                "changes nothing."),
              {}, 1, -1, Command::OpenExisting, runCompanySet});
    c.append({"company logo", "FILE | --clear",
              QT_TRANSLATE_NOOP("trato::Cli", "Store the company logo (PNG, JPEG or SVG) in the database"),
              QT_TRANSLATE_NOOP("trato::Cli", "The image travels with the database (at most 512 KB). --clear removes it."),
              {{"clear", nullptr, QT_TRANSLATE_NOOP("trato::Cli", "Remove the logo")}}, 0, 1, Command::OpenExisting, runCompanyLogo});
    c.append({"layout show", "",
              QT_TRANSLATE_NOOP("trato::Cli", "How printed documents are laid out"),
              nullptr, {}, 0, 0, Command::OpenExisting, runLayoutShow});
    c.append({"layout set", "KEY VALUE...",
              QT_TRANSLATE_NOOP("trato::Cli", "Change the layout of printed documents"),
              QT_TRANSLATE_NOOP("trato::Cli", "KEY is show_logo, show_sku, show_quantity, show_unit_price, show_discount, show_tax_rate, "
                "show_net (yes|no), accent_color (#RRGGBB), footer (text, \"\" clears it) or paper (A4|Letter)."),
              {}, 1, -1, Command::OpenExisting, runLayoutSet});
    c.append({"print", "quote|sales_order|invoice|credit_note ID --pdf FILE",
              QT_TRANSLATE_NOOP("trato::Cli", "Print a quote, sales order, invoice or credit note to a PDF"),
              QT_TRANSLATE_NOOP("trato::Cli", "ID is the document's id or number. The PDF is the desktop application's printed "
                "document: company header, customer, lines with their configurations, tax breakdown, totals, payment terms "
                "and bank account. A draft invoice or credit note prints marked DRAFT, without a number."),
              {{"pdf", "FILE", QT_TRANSLATE_NOOP("trato::Cli", "Where to write the PDF")}}, 2, 2, Command::OpenExisting, runPrint});
}

} // namespace trato::cli
