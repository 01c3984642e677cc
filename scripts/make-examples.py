#!/usr/bin/env python3
"""Write Herald's example dataset: examples/customers.jsonl, customers.csv, invoices.csv and attachments/.

Usage: scripts/make-examples.py [--out examples] [--seed 2026] [--as-of 2026-11-29] [--count 230]

Deterministic: the same seed and date give byte-identical files. The customers are an
automotive after-sales book (private car owners, garages, fleets, dealer groups, leasing
firms) in en-GB, nl-NL, nl-BE, de-DE, de-AT, fr-FR and fr-BE. Due dates are placed relative
to the as-of date so that, with the shipped herald.yaml, every segment reaches every stage of
its workflow on every channel that stage can use. A handful of records are broken on purpose
(see BAD_JSONL and BAD_CSV) so that the run's rejects report has something to say.

A few email customers with something due have invoice PDFs: their open invoices carry
`"pdf": "<number>.pdf"` and the script writes those small, valid PDFs to attachments/
(`herald run` looks there by default), so the demo's emails show multipart/mixed attachments.

The script replicates Herald's payment-history figures and segment rules (docs/policy.md) to
label each customer; where the rules would put a customer in another segment than intended,
the record carries an explicit `segment`, as a CRM export would. It prints the expected
segment × stage × channel counts, which examples/README.md quotes.
"""
import argparse
import csv
import datetime as dt
import io
import json
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

CUSTOMER_FIELDS = ["customer_id", "given_name", "family_name", "salutation", "company", "locale",
                   "preferred_channel", "email", "phone", "street", "postal_code", "city", "country", "segment",
                   "hold_until", "hold_reason"]
EXTRA_FIELDS = ["vehicle.make", "vehicle.model", "vehicle.licence_plate", "vehicle.apk_due_date", "payment_link"]
INVOICE_FIELDS = ["invoice_number", "issue_date", "due_date", "amount", "open_amount", "currency", "status",
                  "paid_date", "description", "promised_date", "pdf"]
PDF_CUSTOMERS = 8  # email customers whose open invoices get a PDF

# Stage day offsets per segment, copied from herald.yaml (the script checks them against it).
WORKFLOWS = {
    "reliable": [("reminder-1", 5), ("reminder-2", 19), ("final-notice", 35)],
    "occasional": [("courtesy", -3), ("reminder-1", 3), ("reminder-2", 14), ("final-notice", 28)],
    "chronic-late": [("reminder-1", 1), ("reminder-2", 8), ("final-notice", 15), ("collection-handover", 30)],
    "high-exposure": [("reminder-1", 1), ("reminder-2", 7), ("final-notice", 14), ("collection-handover", 28)],
    "disputed": [("dispute-ack", 0)],
}
# Channels each stage can end up on: (first choice, fallbacks, allowed) as in herald.yaml.
STAGE_CHANNELS = {
    ("occasional", "courtesy"): ["email", "sms"],
    ("high-exposure", "reminder-1"): ["email", "letter"],
}
FORCED_LETTER = {"final-notice", "collection-handover"}

LOCALES = {
    "nl-NL": dict(country="NL", weight=26),
    "de-DE": dict(country="DE", weight=22),
    "fr-FR": dict(country="FR", weight=17),
    "en-GB": dict(country="GB", weight=15),
    "nl-BE": dict(country="BE", weight=10),
    "de-AT": dict(country="AT", weight=4),
    "fr-BE": dict(country="BE", weight=6),
}

PEOPLE = {
    "nl": dict(given_m=["Jan", "Pieter", "Thijs", "Bram", "Daan", "Sem", "Kees", "Joris"],
               given_f=["Anna", "Noor", "Fenna", "Sanne", "Lotte", "Zoë", "Marieke", "Inge"],
               family=["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
                       "Mulder", "van Dijk", "Peeters", "Janssens", "Maes", "Claes", "Van 't Hek"],
               sal_m="De heer", sal_f="Mevrouw"),
    "de": dict(given_m=["Jürgen", "Lukas", "Stefan", "Matthias", "Günter", "Tobias", "Sören", "Felix"],
               given_f=["Anna", "Ursula", "Katrin", "Sabine", "Leonie", "Ingrid", "Jana", "Renée"],
               family=["Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Köhler", "Hoffmann", "Schäfer",
                       "Wagner", "Becker", "Groß", "Öztürk"],
               sal_m="Herr", sal_f="Frau"),
    "fr": dict(given_m=["François", "Émile", "Julien", "Thomas", "Nicolas", "Loïc", "Mathieu", "Jérôme"],
               given_f=["Chloé", "Hélène", "Camille", "Léa", "Céline", "Amélie", "Françoise", "Inès"],
               family=["Dubois", "Lefèvre", "Dupont", "Martin", "Bernard", "Moreau", "Laurent", "Fournier",
                       "Girard", "Lambert", "Duchâteau", "Peeters"],
               sal_m="M.", sal_f="Mme"),
    "en": dict(given_m=["James", "Oliver", "Harry", "Thomas", "Liam", "Connor", "Aidan", "Rhys"],
               given_f=["Emma", "Olivia", "Sophie", "Chloe", "Siobhan", "Grace", "Megan", "Ellie"],
               family=["Smith", "Jones", "Taylor", "Brown", "O'Neill", "Williams", "Davies", "Evans", "Murphy",
                       "Patel", "Wright", "Hughes"],
               sal_m="Mr", sal_f="Ms"),
}

COMPANIES = {
    "nl": ["Autobedrijf Jansen B.V.", "Garage Van 't Hek & Zn.", "Taxicentrale Utrecht B.V.", "Bouwbedrijf De Kroon B.V.",
           "Koeriersdienst Snel & Zeker", "Loodgietersbedrijf Visser", "Installatiebedrijf Smit B.V."],
    "de": ["Müller & Söhne KFZ GmbH", "Autohaus Weiß GmbH & Co. KG", "Pflegedienst Sonnenschein GmbH",
           "Elektro Fischer e.K.", "Kurierdienst Blitz GmbH", "Malerbetrieb Schäfer"],
    "fr": ["Garage Dupont SARL", "Transports Lefèvre & Fils", "Taxis Lyonnais SAS", "Plomberie Martin SARL",
           "Boulangerie Moreau", "Ambulances du Rhône SAS"],
    "en": ["Wright & Sons Plumbing Ltd", "Taylor Couriers Ltd", "Evans Electrical Ltd", "Murphy Builders",
           "Hughes Mobile Care Ltd"],
}
FLEETS = {
    "nl": ["LeasePlan Fleet Services B.V.", "Autogroep Noord-Holland B.V.", "Fleet <Lease> Nederland B.V."],
    "de": ["Autohaus-Gruppe Rhein-Ruhr AG", "Flottenservice Süd GmbH", "Mietwagen Hansa GmbH"],
    "fr": ["Groupe Auto Rhône-Alpes SAS", "Flotte & Services Île-de-France SAS", "Loc'Auto Nord SAS"],
    "en": ["Midlands Fleet Solutions Ltd", "Crown Dealer Group plc", "Fleet <Lease> UK Ltd"],
}

PLACES = {
    "NL": [("Hoofdstraat", "3512 AB", "Utrecht"), ("Kerkstraat", "1017 GC", "Amsterdam"), ("Stationsweg", "8011 CZ", "Zwolle"),
           ("Dorpsstraat", "5611 AA", "Eindhoven"), ("Industrieweg", "3044 AS", "Rotterdam"), ("Marktplein", "2011 HB", "Haarlem")],
    "BE": [("Kerkstraat", "2000", "Antwerpen"), ("Rue de la Station", "4000", "Liège"), ("Veldstraat", "9000", "Gent"),
           ("Avenue Louise", "1050", "Bruxelles"), ("Bondgenotenlaan", "3000", "Leuven"), ("Rue de Namur", "5000", "Namur")],
    "DE": [("Ringstraße", "50668", "Köln"), ("Hauptstraße", "80331", "München"), ("Königsallee", "40212", "Düsseldorf"),
           ("Mönckebergstraße", "20095", "Hamburg"), ("Industriestraße", "70565", "Stuttgart"), ("Lindenallee", "04109", "Leipzig")],
    "AT": [("Mariahilfer Straße", "1070", "Wien"), ("Landstraße", "4020", "Linz"), ("Herrengasse", "8010", "Graz")],
    "FR": [("Rue de la République", "69002", "Lyon"), ("Rue Nationale", "59800", "Lille"), ("Grande Rue", "25000", "Besançon"),
           ("Boulevard Voltaire", "75011", "Paris"), ("Rue Crébillon", "44000", "Nantes"), ("Cours Mirabeau", "13100", "Aix-en-Provence")],
    "GB": [("High Street", "LS1 4AP", "Leeds"), ("Park Road", "BS8 1TH", "Bristol"), ("Church Lane", "YO1 7HH", "York"),
           ("Station Road", "CR0 2AA", "Croydon"), ("Queen Street", "CF10 2BU", "Cardiff")],
}
PHONE = {"NL": ("+316", 8), "BE": ("+324", 8), "DE": ("+49151", 8), "AT": ("+43664", 7), "FR": ("+336", 8),
         "GB": ("+447", 9)}
VEHICLES = [("Volkswagen", ["Golf", "Polo", "Passat Variant", "Transporter T6.1", "ID.4"]),
            ("Peugeot", ["208", "308 SW", "Partner", "e-2008"]), ("BMW", ["320d Touring", "X1 sDrive18i", "iX3"]),
            ("Renault", ["Clio", "Mégane E-Tech", "Trafic", "Kangoo"]), ("Toyota", ["Yaris Hybrid", "Corolla Touring Sports", "RAV4"]),
            ("Škoda", ["Octavia Combi", "Fabia", "Enyaq"]), ("Ford", ["Transit Custom", "Focus", "Puma"]),
            ("Mercedes-Benz", ["Sprinter 316 CDI", "C 200 T-Modell", "Vito Tourer"]), ("Kia", ["Ceed SW", "Niro EV"]),
            ("Opel", ["Corsa", "Astra Sports Tourer", "Vivaro"]), ("Citroën", ["C3", "Berlingo"])]
JOBS = {
    "en": ["MOT test and service", "Brake pads & discs, front axle", "Winter tyres 205/55 R16", "Timing belt & water pump",
           "Oil service 5W-30", "Windscreen replacement", "Air-con service (R1234yf)", "Clutch kit", "Battery 70 Ah",
           "Parts order: filters & wiper blades", "Courtesy car, 3 days", "Fleet service contract, quarterly"],
    "nl": ["APK-keuring en onderhoudsbeurt", "Remblokken & remschijven voor", "Winterbanden 205/55 R16", "Distributieriem & waterpomp",
           "Kleine beurt 5W-30", "Voorruit vervangen", "Airco-service (R1234yf)", "Koppelingsset", "Accu 70 Ah",
           "Onderdelenorder: filters & ruitenwissers", "Vervangend vervoer, 3 dagen", "Fleetonderhoudscontract, kwartaal"],
    "de": ["HU/AU und Inspektion", "Bremsbeläge & Bremsscheiben vorn", "Winterreifen 205/55 R16", "Zahnriemen & Wasserpumpe",
           "Ölservice 5W-30", "Windschutzscheibe ersetzt", "Klimaservice (R1234yf)", "Kupplungssatz", "Batterie 70 Ah",
           "Teilebestellung: Filter & Wischerblätter", "Ersatzwagen, 3 Tage", "Flottenwartungsvertrag, Quartal"],
    "fr": ["Contrôle technique et révision", "Plaquettes & disques de frein avant", "Pneus hiver 205/55 R16",
           "Courroie de distribution & pompe à eau", "Vidange 5W-30", "Remplacement du pare-brise",
           "Entretien climatisation (R1234yf)", "Kit d'embrayage", "Batterie 70 Ah", "Commande pièces : filtres & balais",
           "Véhicule de courtoisie, 3 jours", "Contrat d'entretien flotte, trimestriel"],
}

# Broken on purpose. JSON Lines: one per reason the run must report (docs: issue 5, §11).
BAD_JSONL = [
    # malformed JSON: the line ends in the middle of an object
    '{"customer_id": "C900001", "given_name": "Kees", "family_name": "Mulder", "locale": "nl-NL", "preferred_channel": "email", "invoices": [{"invoice_number": "INV-2026-90001"',
    # missing required field: no locale
    {"customer_id": "C900002", "given_name": "Sabine", "family_name": "Becker", "salutation": "Frau",
     "preferred_channel": "letter", "street": "Hauptstraße 8", "postal_code": "80331", "city": "München", "country": "DE",
     "invoices": [{"invoice_number": "INV-2026-90002", "issue_date": "2026-09-20", "due_date": "2026-10-20",
                   "amount": "412.30", "open_amount": "412.30", "currency": "EUR", "status": "open",
                   "paid_date": None, "description": "Ölservice 5W-30"}]},
    # bad amount: a comma as decimal mark
    {"customer_id": "C900003", "given_name": "Julien", "family_name": "Girard", "salutation": "M.", "locale": "fr-FR",
     "preferred_channel": "email", "email": "julien.girard@example.fr", "phone": "+33612345678",
     "street": "Rue Nationale 12", "postal_code": "59800", "city": "Lille", "country": "FR",
     "invoices": [{"invoice_number": "INV-2026-90003", "issue_date": "2026-10-01", "due_date": "2026-10-31",
                   "amount": "1.234,56", "open_amount": "1.234,56", "currency": "EUR", "status": "open",
                   "paid_date": None, "description": "Kit d'embrayage"}]},
    # invalid email for an email-only step: high-exposure reminder-1 goes by email, falls back to
    # letter, and this fleet has no postal address either
    {"customer_id": "C900004", "company": "Midlands Fleet Solutions Ltd", "locale": "en-GB", "preferred_channel": "email",
     "email": "accounts@@midlands-fleet.example", "country": "GB",
     "invoices": [{"invoice_number": "INV-2026-90004", "issue_date": "2026-10-28", "due_date": "2026-11-27",
                   "amount": "8450.00", "open_amount": "8450.00", "currency": "GBP", "status": "open",
                   "paid_date": None, "description": "Fleet service contract, quarterly"}]},
    # invalid date and an unknown channel
    {"customer_id": "C900005", "given_name": "Tobias", "family_name": "Wagner", "locale": "de-DE",
     "preferred_channel": "fax", "email": "t.wagner@example.de",
     "invoices": [{"invoice_number": "INV-2026-90005", "issue_date": "2026-10-01", "due_date": "2026-13-01",
                   "amount": "99.90", "open_amount": "99.90", "currency": "EUR", "status": "open",
                   "paid_date": None, "description": "Batterie 70 Ah"}]},
    # not an object at all
    '["C900006", "not a customer record"]',
]


def choose_weighted(rng, table):
    keys = list(table)
    return rng.choices(keys, weights=[table[k]["weight"] for k in keys])[0]


def money(cents):
    return f"{cents // 100}.{cents % 100:02d}"


class Book:
    """Builds customers one by one, numbering customers and invoices."""

    def __init__(self, rng, as_of):
        self.rng = rng
        self.as_of = as_of
        self.customer_no = 0

    def person(self, language):
        p = PEOPLE[language]
        female = self.rng.random() < 0.45
        given = self.rng.choice(p["given_f"] if female else p["given_m"])
        return given, self.rng.choice(p["family"]), p["sal_f"] if female else p["sal_m"]

    def plate(self, country):
        r = self.rng
        up = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
        digits = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        if country == "NL":
            return r.choice([f"{up(1)}-{digits(3)}-{up(2)}", f"{digits(2)}-{up(3)}-{digits(1)}", f"{up(2)}-{digits(3)}-{up(1)}"])
        if country == "BE":
            return f"{r.randint(1, 2)}-{up(3)}-{digits(3)}"
        if country in ("DE", "AT"):
            city = r.choice(["K", "M", "D", "HH", "S", "L"] if country == "DE" else ["W", "L", "G"])
            return f"{city}-{up(2)} {r.randint(1, 9999)}"
        if country == "FR":
            return f"{up(2)}-{digits(3)}-{up(2)}"
        return f"{up(2)}{digits(2)} {up(3)}"

    def phone(self, country):
        prefix, digits = PHONE[country]
        return prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(digits))

    def customer(self, locale, segment, stage_window, channel, clean=False):
        r = self.rng
        self.customer_no += 1
        cid = f"C{self.customer_no:06d}"
        language = locale[:2]
        country = LOCALES[locale]["country"]
        business = segment == "high-exposure" or r.random() < 0.28
        given, family, salutation = self.person(language)
        company = ""
        if business:
            company = r.choice(FLEETS[language] if segment == "high-exposure" else COMPANIES[language])
            if r.random() < 0.4:  # no contact person: the letter and greeting address the company
                given = family = salutation = ""
        if r.random() < 0.08:
            salutation = ""
        street, postal, city = r.choice(PLACES[country])
        record = {
            "customer_id": cid, "given_name": given, "family_name": family, "salutation": salutation,
            "company": company, "locale": locale, "preferred_channel": channel,
            "email": self.email(given, family, company, cid, language), "phone": self.phone(country),
            # France and Britain put the house number first; the others after the street.
            "street": f"{r.randint(1, 180)} {street}" if country in ("FR", "GB") else f"{street} {r.randint(1, 180)}",
            "postal_code": postal, "city": city, "country": country,
        }
        # Contact data that forces a fallback now and then (the policy explains each one).
        roll = 1.0 if clean else r.random()
        if roll < 0.05:
            record["phone"] = "06-" + "".join(str(r.randint(0, 9)) for _ in range(8))  # not E.164
        elif roll < 0.09:
            record["email"] = ""
        elif roll < 0.11:
            record["email"] = record["email"].replace("@", "")  # no @
        if not business or r.random() < 0.5:
            make, models = r.choice(VEHICLES)
            record["vehicle"] = {"make": make, "model": r.choice(models), "licence_plate": self.plate(country),
                                 "apk_due_date": (self.as_of + dt.timedelta(days=r.randint(-20, 330))).isoformat()}
        if r.random() < 0.9:
            record["payment_link"] = f"https://pay.autoservice-herald.example/c/{cid}"
        record["invoices"] = self.invoices(segment, stage_window, country, language)
        return record

    def email(self, given, family, company, cid, language):
        r = self.rng
        if given:
            local = f"{given}.{family}".lower().replace(" ", "").replace("'", "")
            ascii_local = unicodedata.normalize("NFKD", local.replace("ß", "ss")).encode("ascii", "ignore").decode()
            # a few keep their accents: an SMTPUTF8 address (docs/channels.md)
            local = local if r.random() < 0.03 else ascii_local
            domain = r.choice({"nl": ["ziggo.example", "kpnmail.example", "gmail.example"],
                               "de": ["web.example", "gmx.example", "t-online.example"],
                               "fr": ["orange.example", "free.example", "laposte.example"],
                               "en": ["btinternet.example", "gmail.example", "outlook.example"]}[language])
            return f"{local}@{domain}"
        slug = "".join(ch for ch in company.lower() if ch.isascii() and ch.isalnum())[:18] or cid.lower()
        return f"accounts@{slug}.example"

    def invoices(self, segment, stage_window, country, language):
        """Past (paid) invoices that give the segment's payment behaviour, then open ones so that
        the oldest open invoice is `days` past due."""
        r = self.rng
        currency = "GBP" if country == "GB" and r.random() < 0.7 else "EUR"
        jobs = JOBS[language]
        result = []
        low, high = stage_window
        days = r.randint(low, high)

        def add(due, cents, status, paid=None, open_cents=None):
            issue = due - dt.timedelta(days=r.choice([14, 30]))
            open_amount = 0 if status == "paid" else (cents if open_cents is None else open_cents)
            result.append({
                "invoice_number": "", "issue_date": issue.isoformat(),
                "due_date": due.isoformat(), "amount": money(cents), "open_amount": money(open_amount),
                "currency": currency, "status": status, "paid_date": paid.isoformat() if paid else None,
                "description": r.choice(jobs),
            })

        big = segment == "high-exposure"
        amount = (lambda: r.randint(250000, 1200000)) if big else (lambda: r.randint(4500, 190000))
        # Paid history in the last 12 months.
        late_counts = {"reliable": 0, "occasional": r.randint(1, 2), "chronic-late": r.randint(3, 5),
                       "high-exposure": r.randint(0, 2), "disputed": r.randint(0, 1)}[segment]
        history = r.randint(2, 6)
        for k in range(history + late_counts):
            due = self.as_of - dt.timedelta(days=r.randint(60, 340))
            if k < late_counts:
                late = r.randint(5, 20) if segment == "occasional" else r.randint(12, 45)
                paid = due + dt.timedelta(days=late)
            else:
                paid = due - dt.timedelta(days=r.randint(0, 6))
            if paid > self.as_of:
                paid = self.as_of - dt.timedelta(days=1)
            add(due, amount(), "paid", paid)
        # The open invoices this run is about.
        oldest = self.as_of - dt.timedelta(days=days)
        if segment == "disputed":
            add(oldest, amount(), "disputed")
            if r.random() < 0.5:
                add(oldest + dt.timedelta(days=r.randint(3, 20)), amount(), "open")
        else:
            add(oldest, amount(), "open")
            extra_open = r.choice([0, 0, 1, 1, 2]) if not big else r.randint(1, 3)
            for _ in range(extra_open):
                later = oldest + dt.timedelta(days=r.randint(1, max(1, days + 10)))
                add(later, amount(), "open")
            if r.random() < 0.15:  # a part payment on the oldest invoice
                first = result[history + late_counts]
                cents = int(first["amount"].replace(".", ""))
                first["open_amount"] = money(cents - cents // 3)
        result.sort(key=lambda inv: (inv["due_date"], inv["invoice_number"]))
        return result


# ---- Invoice PDFs (the `pdf` field, docs/input.md) ----

def attach_pdfs(records, as_of):
    """Gives the open invoices of the first PDF_CUSTOMERS email customers with a stage due a
    `pdf` path; returns {file name: invoice} for write_pdfs. Uses no randomness, so the rest of
    the dataset is unchanged."""
    chosen = {}
    customers = 0
    for record in records:
        if customers == PDF_CUSTOMERS:
            break
        if record["preferred_channel"] != "email" or "@" not in (record.get("email") or ""):
            continue
        segment = record.get("segment") or segment_of(history(record["invoices"], as_of))
        if segment == "disputed" or stage_of(segment, record["invoices"], as_of) is None:
            continue
        customers += 1
        for invoice in record["invoices"]:
            if invoice["status"] == "open":
                invoice["pdf"] = f"{invoice['invoice_number']}.pdf"
                chosen[invoice["pdf"]] = invoice
    return chosen


def mark_holds(records, as_of):
    """Puts one customer on hold and records one promise to pay, as a credit controller would
    after a phone call: the last reliable email customer at reminder-2 and the last occasional
    customer at reminder-1 with a single open invoice (both without a PDF). Uses no
    randomness, so the rest of the dataset is unchanged. Returns the two customer ids."""
    def last(segment, stage, single_open):
        for record in reversed(records):
            open_invoices = [i for i in record["invoices"] if i["status"] == "open"]
            derived = record.get("segment") or segment_of(history(record["invoices"], as_of))
            if (derived == segment and stage_of(segment, record["invoices"], as_of) == stage
                    and record["preferred_channel"] == "email" and "@" in (record.get("email") or "")
                    and not any("pdf" in i for i in open_invoices) and (len(open_invoices) == 1 or not single_open)):
                return record
        sys.exit(f"make-examples: no {segment} customer at {stage} to mark")
    held = last("reliable", "reminder-2", False)
    held["hold_until"] = (as_of + dt.timedelta(days=7)).isoformat()
    held["hold_reason"] = "instalment plan agreed by phone"
    promising = last("occasional", "reminder-1", True)
    invoice = next(i for i in promising["invoices"] if i["status"] == "open")
    invoice["promised_date"] = (as_of + dt.timedelta(days=3)).isoformat()
    return held["customer_id"], promising["customer_id"]


def pdf_text(text):
    encoded = text.encode("cp1252", errors="replace")
    return encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def invoice_pdf(invoice):
    """A one-page PDF 1.4 with the invoice's details in Helvetica; offsets computed, no dates."""
    lines = ["Autoservice Herald B.V.", "", f"Invoice {invoice['invoice_number']}",
             f"Issued {invoice['issue_date']}, due {invoice['due_date']}",
             invoice["description"], f"Amount: {invoice['currency']} {invoice['amount']}",
             f"Open: {invoice['currency']} {invoice['open_amount']}"]
    stream = b"BT /F1 12 Tf 72 770 Td 16 TL\n" + b"".join(b"(" + pdf_text(line) + b") Tj T*\n" for line in lines) + b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def write_pdfs(folder, chosen):
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.pdf"):
        if stale.name not in chosen:
            stale.unlink()
    for name, invoice in sorted(chosen.items()):
        (folder / name).write_bytes(invoice_pdf(invoice))


# ---- Herald's rules, replicated to label the data (docs/policy.md; PaymentHistory.swift) ----

def history(invoices, as_of):
    window = add_months(as_of, -12)
    counts = Counter(inv["currency"] for inv in invoices)
    main = max(counts, key=lambda c: (counts[c], -[i["currency"] for i in invoices].index(c))) if invoices else ""
    late, open_total, overdue_total, disputed, oldest = [], 0, 0, 0, 0
    for inv in invoices:
        due = dt.date.fromisoformat(inv["due_date"])
        overdue_days = (as_of - due).days
        cents = int(inv["open_amount"].replace(".", ""))
        if inv["status"] == "disputed":
            disputed += 1
        if inv["status"] == "paid":
            paid = dt.date.fromisoformat(inv["paid_date"])
            if paid > due and paid > window and paid <= as_of:
                late.append((paid - due).days)
        elif inv["status"] == "open" and cents > 0 and overdue_days > 30 and due > window:
            late.append(overdue_days)
        if inv["currency"] != main:
            continue
        if inv["status"] != "paid":
            open_total += cents
        if inv["status"] == "open" and cents > 0 and overdue_days > 0:
            overdue_total += cents
            oldest = max(oldest, overdue_days)
    average = round(sum(late) / len(late), 1) if late else 0
    return dict(late=len(late), average=average, open_total=open_total / 100, overdue_total=overdue_total / 100,
                disputed=disputed, oldest=oldest)


def add_months(date, months):
    month = date.month - 1 + months
    year = date.year + month // 12
    month = month % 12 + 1
    days_in = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return dt.date(year, month, min(date.day, days_in[month - 1]))


def segment_of(h):
    if h["disputed"] > 0:
        return "disputed"
    if h["overdue_total"] >= 5000 or h["open_total"] >= 10000:
        return "high-exposure"
    if h["late"] >= 3 or h["average"] > 30:
        return "chronic-late"
    if h["late"] >= 1:
        return "occasional"
    return "reliable"


def stage_of(segment, invoices, as_of):
    disputed = segment == "disputed"
    in_scope = [i for i in invoices if (i["status"] == "disputed" if disputed else
                                          i["status"] == "open" and int(i["open_amount"].replace(".", "")) > 0)]
    if not in_scope:
        return None
    days = max((as_of - dt.date.fromisoformat(i["due_date"])).days for i in in_scope)
    if disputed:
        days = max(0, days)
    due = [stage for stage, offset in WORKFLOWS[segment] if offset <= days]
    return due[-1] if due else None


def stage_windows(segment):
    stages = WORKFLOWS[segment]
    result = {}
    for index, (stage, offset) in enumerate(stages):
        upper = stages[index + 1][1] - 1 if index + 1 < len(stages) else offset + 25
        if segment == "reliable" and stage == "reminder-2":
            upper = min(upper, 30)  # beyond 30 days an open invoice counts as a late payment
        result[stage] = (offset, upper)
    return result


def channels_for(segment, stage):
    if (segment, stage) in STAGE_CHANNELS:
        return STAGE_CHANNELS[(segment, stage)]
    if stage in FORCED_LETTER:
        return ["letter", "email"]
    return ["email", "sms", "letter"]


def build(seed, as_of, count):
    rng = random.Random(seed)
    book = Book(rng, as_of)
    records = []
    # 1. Coverage: every segment, stage and channel the policy can use, in rotating locales.
    locales = ["nl-NL", "de-DE", "fr-FR", "en-GB", "nl-BE", "nl-NL", "de-DE", "fr-FR", "en-GB", "de-AT", "fr-BE"]
    turn = 0
    for segment in ["reliable", "occasional", "chronic-late", "high-exposure", "disputed"]:
        for stage, window in stage_windows(segment).items():
            for channel in channels_for(segment, stage):
                for _ in range(2):
                    locale = locales[turn % len(locales)]
                    turn += 1
                    record = book.customer(locale, segment, window, channel, clean=True)
                    if stage in FORCED_LETTER and channel == "email":
                        for key in ("street", "postal_code", "city"):
                            record[key] = ""  # no postal address: the letter falls back to email
                    if (segment, stage) == ("high-exposure", "reminder-1") and channel == "letter":
                        record["email"] = ""  # no email address: the email falls back to a letter
                    records.append((segment, record))
    # 2. The rest of the book, in realistic proportions.
    mix = {"reliable": 38, "occasional": 27, "chronic-late": 17, "high-exposure": 8, "disputed": 6}
    while len(records) < count:
        segment = rng.choices(list(mix), weights=list(mix.values()))[0]
        windows = stage_windows(segment)
        stage = rng.choice(list(windows))
        if segment == "reliable" and rng.random() < 0.15:
            window = (-30, 4)  # nothing due yet
        else:
            window = windows[stage]
        channel = rng.choices(["email", "sms", "letter"], weights=[58, 24, 18])[0]
        records.append((segment, book.customer(choose_weighted(rng, LOCALES), segment, window, channel)))
    # 3. Number the invoices in issue order across the whole book, as an accounting system does.
    everything = sorted(((inv["issue_date"], record["customer_id"], index, inv)
                         for _, record in records for index, inv in enumerate(record["invoices"])),
                        key=lambda item: item[:3])
    per_year = Counter()
    for issue, _, _, invoice in everything:
        per_year[issue[:4]] += 1
        invoice["invoice_number"] = f"INV-{issue[:4]}-{per_year[issue[:4]]:05d}"
    # 4. Label: where Herald's rules would pick another segment, the record says which one.
    final = []
    for intended, record in records:
        derived = segment_of(history(record["invoices"], as_of))
        if derived != intended or rng.random() < 0.04:
            record["segment"] = intended
        final.append(record)
    return final


def ordered(record):
    """Field order as issue 5 lists it, then the pass-through fields, then invoices."""
    out = {key: record[key] for key in CUSTOMER_FIELDS if key in record}
    for key in ("vehicle", "payment_link"):
        if key in record:
            out[key] = record[key]
    out["invoices"] = record["invoices"]
    return out


def write_jsonl(path, records):
    lines = [json.dumps(ordered(r), ensure_ascii=False) for r in records]
    # Spread the broken records through the file, as they would be in an export.
    for index, bad in enumerate(BAD_JSONL):
        text = bad if isinstance(bad, str) else json.dumps(bad, ensure_ascii=False)
        lines.insert(min(len(lines), 17 + index * 37), text)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_csv(customers_path, invoices_path, records):
    bad = [b for b in BAD_JSONL if isinstance(b, dict)]
    customers = io.StringIO(newline="")
    invoices = io.StringIO(newline="")
    cw = csv.writer(customers, lineterminator="\n")
    iw = csv.writer(invoices, lineterminator="\n")
    cw.writerow(CUSTOMER_FIELDS + EXTRA_FIELDS)
    iw.writerow(["customer_id"] + INVOICE_FIELDS)
    # Both files sorted by customer id, as a database export gives and as Herald's streaming
    # join expects (docs/input.md); the broken records fall in among the good ones.
    rows = sorted(list(records) + bad, key=lambda record: str(record.get("customer_id", "")))
    for record in rows:
        vehicle = record.get("vehicle", {})
        cw.writerow([record.get(key, "") or "" for key in CUSTOMER_FIELDS] +
                    [vehicle.get("make", ""), vehicle.get("model", ""), vehicle.get("licence_plate", ""),
                     vehicle.get("apk_due_date", ""), record.get("payment_link", "")])
        for invoice in record["invoices"]:
            iw.writerow([record["customer_id"]] + [invoice.get(key) or "" for key in INVOICE_FIELDS])
    # A malformed CSV row: one field too many (an unquoted comma in the company name).
    customers.write("C900007,Harry,Hughes,Mr,Hughes Mobile Care, Ltd,en-GB,email,harry@hughes.example,+447700900123,"
                    "Queen Street 4,CF10 2BU,Cardiff,GB,,,,,,,,\n")
    iw.writerow(["C900007", "INV-2026-90007", "2026-10-01", "2026-10-31", "120.00", "120.00", "GBP", "open", "",
                 "MOT test and service", "", ""])
    customers_path.write_text(customers.getvalue(), encoding="utf-8")
    invoices_path.write_text(invoices.getvalue(), encoding="utf-8")


def check_policy(project):
    """Fails loudly when herald.yaml's stage days no longer match WORKFLOWS above."""
    policy = project / "herald.yaml"
    if not policy.exists():
        return
    text = policy.read_text(encoding="utf-8")
    for segment, stages in WORKFLOWS.items():
        for stage, day in stages:
            needle = f"- id: {stage}\n        day: {day}\n"
            if needle not in text:
                sys.exit(f"herald.yaml: stage '{stage}' of '{segment}' is not at day {day} any more; update WORKFLOWS")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=None, help="output folder (default: examples/ next to scripts/)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--as-of", default="2026-11-29")
    parser.add_argument("--count", type=int, default=230, help="valid customers to write (at least 200)")
    args = parser.parse_args()
    project = Path(__file__).resolve().parent.parent
    out = Path(args.out) if args.out else project / "examples"
    out.mkdir(parents=True, exist_ok=True)
    check_policy(project)
    as_of = dt.date.fromisoformat(args.as_of)
    records = build(args.seed, as_of, args.count)
    pdfs = attach_pdfs(records, as_of)
    held, promising = mark_holds(records, as_of)
    write_pdfs(out / "attachments", pdfs)
    write_jsonl(out / "customers.jsonl", records)
    write_csv(out / "customers.csv", out / "invoices.csv", records)

    plan = Counter()
    for record in records:
        segment = record.get("segment") or segment_of(history(record["invoices"], as_of))
        plan[(segment, stage_of(segment, record["invoices"], as_of) or "(nothing due)")] += 1
    print(f"{len(records)} customers, {len(BAD_JSONL)} broken JSONL records, as of {as_of}", file=sys.stderr)
    print(f"invoice PDFs: {len(pdfs)} in {out / 'attachments'}", file=sys.stderr)
    print(f"on hold: {held}; promise to pay: {promising} (both held, counted at their stage below)", file=sys.stderr)
    print(f"locales: {dict(sorted(Counter(r['locale'] for r in records).items()))}", file=sys.stderr)
    print(f"preferred channels: {dict(sorted(Counter(r['preferred_channel'] for r in records).items()))}", file=sys.stderr)
    for (segment, stage), n in sorted(plan.items()):
        print(f"  {segment:14} {stage:20} {n}", file=sys.stderr)


if __name__ == "__main__":
    main()
