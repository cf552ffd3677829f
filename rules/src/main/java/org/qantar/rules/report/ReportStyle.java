package org.qantar.rules.report;

/** The report's one stylesheet, inlined in the page: screen, phone width and print. */
final class ReportStyle {

    private ReportStyle() {
    }

    static final String CSS = """
            :root { color-scheme: light; }
            body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
                   color: #1a1a1a; background: #fff; }
            main { max-width: 62rem; margin: 0 auto; padding: 1rem; }
            h1 { font-size: 1.7rem; margin: .5rem 0 0; }
            h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
            .meta { color: #555; font-size: .9rem; margin-top: 0; }
            .note { white-space: pre-wrap; border-left: 4px solid #0072B2; padding-left: .75rem; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
            dt { font-weight: bold; }
            dd { margin: 0; }
            dd ul { margin: 0; padding-left: 1.1rem; }
            code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; }
            /* Long ids and addresses break rather than widen the page (ids in tables break after an
               underscore, <wbr>); words in table cells do not. */
            a, p, li, dd, summary, figcaption, blockquote { overflow-wrap: anywhere; }
            td, th, table a, table code { overflow-wrap: normal; }
            td.status { white-space: nowrap; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
            thead th { background: #f2f2f2; }
            table.outcomes { width: 100%; }
            .scroll > table { margin: 0; }
            p.stale { border-left: 4px solid #D55E00; padding-left: .75rem; }
            table.matrix td.verdict { text-align: center; }
            .scroll { overflow-x: auto; max-width: 100%; border: 1px solid #e5e5e5; }
            .scroll:focus { outline: 2px solid #0072B2; }
            figure { margin: 1rem 0; }
            figcaption { color: #555; font-size: .9rem; }
            svg.argument-map, svg.chart { display: block; }
            svg.chart { width: 100%; max-width: 34rem; height: auto; }
            /* On a screen the map keeps its size (readable labels) in a box that scrolls both ways, no
               taller than the screen; the check box fits it to the width, to see its shape. On a phone
               it starts fitted and the check box shows it at full size. No script either way. */
            figure.map .scroll { max-height: 85vh; overflow: auto; }
            figure.map:has(input.fit:checked) svg.argument-map { width: 100%; height: auto; }
            label.fit { display: inline-block; margin: .3rem 0; font-size: .9rem; }
            label.fit .narrow { display: none; }
            details { border: 1px solid #ddd; border-radius: 4px; margin: .4rem 0; padding: .3rem .6rem; }
            summary { cursor: pointer; }
            ul.claims { padding-left: 1.1rem; }
            li.claim > p { margin: .3rem 0; }
            blockquote { margin: .2rem 0 .4rem 1rem; padding-left: .6rem; border-left: 3px solid #999; font-style: italic; }
            blockquote footer { font-style: normal; color: #555; font-size: .9rem; }
            .defeated { color: #8a3b00; }
            tr.status-supported th, tr.status-assumed th, tr.status-recorded th { border-left: 4px solid #0072B2; }
            tr.status-contested th { border-left: 4px dashed #B07800; }
            tr.status-plausible th { border-left: 4px dotted #0072B2; }
            @media (max-width: 40rem) {
              body { font-size: 15px; }
              main { padding: .6rem; }
              dl { grid-template-columns: 1fr; }
              table.outcomes td:nth-child(2), table.outcomes th:nth-child(2) { display: none; }
              th, td { padding: .2rem .3rem; }
              h1 { font-size: 1.4rem; }
              label.fit .wide { display: none; }
              label.fit .narrow { display: inline; }
              svg.argument-map { width: 100%; height: auto; }
              figure.map:has(input.fit:checked) svg.argument-map { width: auto; height: auto; }
            }
            @media print {
              body { font-size: 11pt; }
              main { max-width: none; padding: 0; }
              .scroll { overflow: visible; border: none; }
              figure.map .scroll { max-height: none; }
              label.fit { display: none; }
              svg.argument-map { max-width: 100%; height: auto; }
              details { border: none; break-inside: avoid-page; }
              details::details-content { content-visibility: visible; display: block; }
              a { color: inherit; text-decoration: none; }
              section { break-before: auto; }
              h2 { break-after: avoid; }
            }
            """;
}
