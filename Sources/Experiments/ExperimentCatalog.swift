// ExperimentCatalog: every experiment, looked up by id.

/// The experiments dltutor knows, in course order.
public enum ExperimentCatalog {
  public static var all: [any Experiment.Type] {
    [
      PerceptronExperiment.self,
      LinearVsMLPExperiment.self,
      LossLandscapeExperiment.self,
      OptimizersExperiment.self,
      VanishingGradientsExperiment.self,
      GradientClippingExperiment.self,
      DropoutExperiment.self,
      ConvolutionExperiment.self,
      DigitsExperiment.self,
      LanguageModelExperiment.self,
      MetricsExperiment.self,
      ClusteringExperiment.self,
    ]
  }

  /// The experiment with this id, or an error that lists the ids there are.
  public static func named(_ id: String) throws(ExperimentError) -> any Experiment.Type {
    guard let type = all.first(where: { $0.id == id }) else {
      throw ExperimentError(tr("unknown experiment \"\(id)\"; experiments: ") + all.map { $0.id }.joined(separator: ", "))
    }
    return type
  }
}
